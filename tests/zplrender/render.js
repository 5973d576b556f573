// Render ZPL from standard input to PNG files: node render.js OUT_PREFIX WIDTH_MM HEIGHT_MM DPMM
// Prints one PNG path a line (one per label in the input).
const fs = require("fs");
const { ready } = require("zpl-renderer-js");

async function main() {
  const [prefix, widthMm, heightMm, dpmm] = process.argv.slice(2);
  const zpl = fs.readFileSync(0, "utf8");
  const { api } = await ready;
  const images = await api.zplToBase64MultipleAsync(zpl, Number(widthMm), Number(heightMm), Number(dpmm));
  images.forEach((b64, index) => {
    const path = `${prefix}-${index}.png`;
    fs.writeFileSync(path, Buffer.from(b64, "base64"));
    console.log(path);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
