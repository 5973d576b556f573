"""One example of each barcode form the classifier recognises, as a scanner sends it:
the table of recognised forms in docs/scan-grammar.md is generated from these (with the
classifier's own reading of each), and benchmarks/classify_latency.py times them."""

from __future__ import annotations

EXAMPLES: dict[str, str] = {
    "UPU S10 tracking number": "RR123456785GB",
    "tracking number of a configured pattern": "SEKO00012345678",
    "operator badge": "OP1001",
    "command barcode": "HS:STATION:PROCESS",
    "EAN-13": "4006381333931",
    "EAN-8": "96385074",
    "UPC-A (AIM ]E0)": "]E0036000291452",
    "UPC-E (AIM ]E0, eight digits)": "]E001234565",
    "GTIN-14 / ITF-14": "14006381333938",
    "SSCC, 18 digits": "106141411234567897",
    "GS1-128: GTIN, lot, serial": "]C1010400638133393110LOT42\x1d21SER9",
    "GS1 DataMatrix: GTIN, expiry, net weight": "]d2010400638133393117261231\x1d3103000150",
    "GS1-128 SSCC (container)": "]C100106141411234567897",
    "bracketed GS1 (as printed)": "(01)04006381333931(10)ABC",
    "GS1 Digital Link in a QR": "]Q3https://id.gs1.org/01/09521234543213/10/ABC123?17=261231",
    "GS1 Digital Link, brand's domain": "https://shop.example/p/01/09521234543213/21/SN42",
    "GS1 Digital Link of an SSCC": "https://id.gs1.org/00/106141411234567897",
    "free text (matched against SKUs)": "SKU-RED-42",
}
