<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CameraDialog</name>
    <message>
        <source>Evidence photo</source>
        <translation>Bewijsfoto</translation>
    </message>
    <message>
        <source>Enter: take the photo · Esc: cancel</source>
        <translation>Enter: foto nemen · Esc: annuleren</translation>
    </message>
    <message>
        <source>The camera failed: {0}. Esc, then choose a file instead.</source>
        <translation>De camera faalde: {0}. Esc, kies dan een bestand.</translation>
    </message>
</context>
<context>
    <name>ConsolidationsPanel</name>
    <message>
        <source>Open consolidations</source>
        <translation>Open consolidaties</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Stuks</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Last connote label · Ctrl+R reprints it (with a reason)</source>
        <translation>Laatste connote-label · Ctrl+R print het opnieuw (met een reden)</translation>
    </message>
    <message>
        <source>{0} ({1} weighed)</source>
        <translation>{0} ({1} gewogen)</translation>
    </message>
    <message>
        <source>Handover open: {0}, {1} container(s) loaded</source>
        <translation>Overdracht open: {0}, {1} container(s) geladen</translation>
    </message>
    <message>
        <source>To hand over: {0} container(s) of {1} closed consolidation(s)</source>
        <translation>Over te dragen: {0} container(s) van {1} gesloten consolidatie(s)</translation>
    </message>
</context>
<context>
    <name>CrashDialogs</name>
    <message>
        <source>HubScan: unexpected error</source>
        <translation>HubScan: onverwachte fout</translation>
    </message>
    <message>
        <source>HubScan hit an unexpected error: {0}

Scans already answered are saved. If the window stops answering, close HubScan and start it again, and tell IT.</source>
        <translation>HubScan kreeg een onverwachte fout: {0}

Scans die al bevestigd zijn, zijn bewaard. Reageert het venster niet meer, sluit HubScan, start het opnieuw en meld het aan IT.</translation>
    </message>
    <message>
        <source>The crash report for IT: {0}</source>
        <translation>Het foutrapport voor IT: {0}</translation>
    </message>
</context>
<context>
    <name>CreateReturnDialog</name>
    <message>
        <source>Give {0} its return</source>
        <translation>{0} zijn retour geven</translation>
    </message>
    <message>
        <source>the one the pre-advice names with the destination</source>
        <translation>die de vooraanmelding bij de bestemming noemt</translation>
    </message>
    <message>
        <source>e.g. REFUND, EXCHANGE</source>
        <translation>bv. REFUND, EXCHANGE</translation>
    </message>
    <message>
        <source>Create the return</source>
        <translation>Retour aanmaken</translation>
    </message>
    <message>
        <source>{0} was received without pre-advice. Where does it go? Its items are recorded at the process station as not specified.</source>
        <translation>{0} is ontvangen zonder vooraanmelding. Waar gaat hij heen? Zijn artikelen worden bij de verwerking als niet gespecificeerd vastgelegd.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Webwinkel</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Klantreferentie</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>Retourtype</translation>
    </message>
</context>
<context>
    <name>ExceptionsView</name>
    <message>
        <source>Exceptions</source>
        <translation>Uitzonderingen</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Oplossen…</translation>
    </message>
    <message>
        <source>Give it its return…</source>
        <translation>Retour geven…</translation>
    </message>
    <message>
        <source>Send to its hub</source>
        <translation>Naar zijn hub sturen</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Hier houden</translation>
    </message>
    <message>
        <source>Find its pre-advice…</source>
        <translation>Zoek de voormelding…</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Zendingnummer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} u</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} u {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>✖ on hold</source>
        <translation>✖ geblokkeerd</translation>
    </message>
    <message>
        <source>⚠ unexpected</source>
        <translation>⚠ onverwacht</translation>
    </message>
    <message>
        <source>✖ refused by central</source>
        <translation>✖ geweigerd door centraal</translation>
    </message>
    <message>
        <source>⚠ misrouted</source>
        <translation>⚠ verkeerd gerouteerd</translation>
    </message>
    <message>
        <source>⌛ in the hub too long</source>
        <translation>⌛ te lang in de hub</translation>
    </message>
    <message>
        <source>{0} return(s) need attention. A hold is released (HS:RELEASE) by whoever holds it or a supervisor. A supervisor sends a misrouted parcel to its hub or keeps it here, finds an unexpected parcel&apos;s pre-advice or gives it its return, and resolves a refusal with a note. Parcels in the hub too long come last, oldest first.</source>
        <translation>{0} retour(en) vragen aandacht. Een wachtstand wordt opgeheven (HS:RELEASE) door wie hem plaatste of door een supervisor. Een supervisor stuurt een verkeerd gerouteerd pakket naar zijn hub of houdt het hier, zoekt de voormelding van een onverwacht pakket of geeft het een retour, en lost een weigering op met een notitie. Pakketten die te lang in de hub zijn komen als laatste, oudste eerst.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Niets vraagt aandacht.</translation>
    </message>
</context>
<context>
    <name>FeedbackBanner</name>
    <message>
        <source>Ready. Scan a barcode.</source>
        <translation>Klaar. Scan een barcode.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>CONTROLEER</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
</context>
<context>
    <name>LinkReturnDialog</name>
    <message>
        <source>Find the pre-advice of {0}</source>
        <translation>Zoek de voormelding van {0}</translation>
    </message>
    <message>
        <source>order number, customer reference, SKU or barcode</source>
        <translation>ordernummer, klantreferentie, SKU of streepjescode</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gevonden op</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Retailer</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer ref.</source>
        <translation>Klantref.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Link to this return</source>
        <translation>Aan deze retour koppelen</translation>
    </message>
    <message>
        <source>{0} was received without pre-advice. Look for its return by what the parcel shows: the order number or customer reference on the packing slip, or an item&apos;s SKU or barcode. Only returns not arrived yet are found.</source>
        <translation>{0} is ontvangen zonder voormelding. Zoek de retour op wat het pakket toont: het ordernummer of de klantreferentie op de pakbon, of de SKU of streepjescode van een artikel. Alleen retouren die nog niet zijn aangekomen worden gevonden.</translation>
    </message>
    <message>
        <source>{0} return(s) found.</source>
        <translation>{0} retour(en) gevonden.</translation>
    </message>
    <message>
        <source>No return found.</source>
        <translation>Geen retour gevonden.</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>trackingnummer</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>ordernummer</translation>
    </message>
    <message>
        <source>customer reference</source>
        <translation>klantreferentie</translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation>SKU of streepjescode</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>HubScan · hub {0} · workstation {1}</source>
        <translation>HubScan · hub {0} · werkplek {1}</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Scan uw badge</translation>
    </message>
    <message>
        <source>Hold your badge under the scanner.</source>
        <translation>Houd uw badge onder de scanner.</translation>
    </message>
    <message>
        <source>No badge to hand? Type your badge id, Enter, then your PIN, Enter:</source>
        <translation>Geen badge bij de hand? Typ uw badge-id, Enter, dan uw pincode, Enter:</translation>
    </message>
    <message>
        <source>badge id, e.g. OP1001</source>
        <translation>badgenummer, bv. OP1001</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>pincode</translation>
    </message>
    <message>
        <source>Now type your PIN and press Enter.</source>
        <translation>Typ nu uw pincode en druk op Enter.</translation>
    </message>
    <message>
        <source>HubScan stopped unexpectedly last time ({0}). Work on as normal; tell IT. Report: {1}</source>
        <translation>HubScan stopte de vorige keer onverwacht ({0}). Werk gewoon door; meld het aan IT. Rapport: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HubScan — hub {0}, workstation {1}</source>
        <translation>HubScan — hub {0}, werkplek {1}</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Ontvangst</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afkeuring</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidatie</translation>
    </message>
    <message>
        <source>Exceptions  F5</source>
        <translation>Uitzonderingen  F5</translation>
    </message>
    <message>
        <source>Sync  F6</source>
        <translation>Sync  F6</translation>
    </message>
    <message>
        <source>Search  F7</source>
        <translation>Zoeken  F7</translation>
    </message>
    <message>
        <source>Next language: English, French, Dutch</source>
        <translation>Volgende taal: Engels, Frans, Nederlands</translation>
    </message>
    <message>
        <source>Only an admin imports manifests (Ctrl+I).</source>
        <translation>Alleen een beheerder importeert manifesten (Ctrl+I).</translation>
    </message>
    <message>
        <source>Manifest to import</source>
        <translation>Te importeren manifest</translation>
    </message>
    <message>
        <source>Only an admin changes the settings (F10).</source>
        <translation>Alleen een beheerder wijzigt de instellingen (F10).</translation>
    </message>
    <message>
        <source>central service reachable</source>
        <translation>centrale dienst bereikbaar</translation>
    </message>
    <message>
        <source>Central service unreachable: {0} event(s) wait and are kept; they are sent when it answers. Scanning goes on.</source>
        <translation>Centrale dienst onbereikbaar: {0} gebeurtenis(sen) wachten en blijven bewaard; ze gaan zodra hij antwoordt. Scannen gaat door.</translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translation>niemand aangemeld</translation>
    </message>
    <message>
        <source>NOT DONE: {0} ({1}). Try again; if it keeps failing, call IT.</source>
        <translation>NIET GEDAAN: {0} ({1}). Probeer opnieuw; blijft het mislukken, bel IT.</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>scanner</translation>
    </message>
    <message>
        <source>central</source>
        <translation>centraal</translation>
    </message>
</context>
<context>
    <name>ManifestImport</name>
    <message>
        <source>{0}: checking %p%</source>
        <translation>{0}: controle %p%</translation>
    </message>
    <message>
        <source>importing %p%</source>
        <translation>importeren %p%</translation>
    </message>
    <message>
        <source>Manifest imported: {0} pre-advised returns.</source>
        <translation>Manifest geïmporteerd: {0} vooraangemelde retouren.</translation>
    </message>
    <message>
        <source>line {0}: {1}</source>
        <translation>regel {0}: {1}</translation>
    </message>
    <message>
        <source>Manifest NOT imported, nothing changed: {0} bad line(s). {1}</source>
        <translation>Manifest NIET geïmporteerd, niets gewijzigd: {0} foute regel(s). {1}</translation>
    </message>
</context>
<context>
    <name>MisroutedAction</name>
    <message>
        <source>Send {0} on to the hub it was pre-advised to? It goes unopened, in a consolidation to that hub.</source>
        <translation>{0} doorsturen naar de hub waar het voorgemeld was? Het gaat ongeopend mee in een consolidatie naar die hub.</translation>
    </message>
    <message>
        <source>Keep {0} here and work it as this hub&apos;s? Its hub takes it off its lists.</source>
        <translation>{0} hier houden en verwerken als van deze hub? Zijn hub haalt het van zijn lijsten.</translation>
    </message>
    <message>
        <source>Misrouted parcel</source>
        <translation>Verkeerd gerouteerd pakket</translation>
    </message>
    <message>
        <source>Send to its hub</source>
        <translation>Naar zijn hub sturen</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Hier houden</translation>
    </message>
</context>
<context>
    <name>ParcelPanel</name>
    <message>
        <source>Current parcel</source>
        <translation>Huidig pakket</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescand</translation>
    </message>
    <message>
        <source>Shopper&apos;s reason</source>
        <translation>Reden klant</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Bestemming artikel</translation>
    </message>
    <message>
        <source>No parcel</source>
        <translation>Geen pakket</translation>
    </message>
    <message>
        <source>Scan a parcel&apos;s tracking barcode.</source>
        <translation>Scan de zendingbarcode van een pakket.</translation>
    </message>
    <message>
        <source>TEST return: not for shipping</source>
        <translation>TEST-retour: niet verzenden</translation>
    </message>
    <message>
        <source>✖ refused by the retailer</source>
        <translation>✖ geweigerd door de webwinkel</translation>
    </message>
    <message>
        <source>✖ cancelled by the retailer</source>
        <translation>✖ geannuleerd door de webwinkel</translation>
    </message>
    <message>
        <source>approval pending</source>
        <translation>goedkeuring in afwachting</translation>
    </message>
    <message>
        <source>✖ ON HOLD ({0}) by {1}</source>
        <translation>✖ IN DE WACHT ({0}) door {1}</translation>
    </message>
    <message>
        <source>✖ ON HOLD ({0}) for a supervisor</source>
        <translation>✖ IN DE WACHT ({0}) voor een supervisor</translation>
    </message>
    <message>
        <source>⚠ not pre-advised</source>
        <translation>⚠ niet vooraangemeld</translation>
    </message>
    <message>
        <source>faulty: to {0}</source>
        <translation>defect: naar {0}</translation>
    </message>
    <message>
        <source>faulty-return flow</source>
        <translation>defecte retour</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>retailer unknown</source>
        <translation>winkel onbekend</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>naar {0}</translation>
    </message>
    <message>
        <source>reason: {0}</source>
        <translation>reden: {0}</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>notitie: {0}</translation>
    </message>
    <message>
        <source>central: {0}</source>
        <translation>centraal: {0}</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Niet verwacht</translation>
    </message>
    <message>
        <source>{0} too many</source>
        <translation>{0} te veel</translation>
    </message>
    <message>
        <source>{0} to go</source>
        <translation>nog {0}</translation>
    </message>
    <message>
        <source>order {0}</source>
        <translation>bestelling {0}</translation>
    </message>
    <message>
        <source>customer ref. {0}</source>
        <translation>klantref. {0}</translation>
    </message>
    <message>
        <source>type: {0}</source>
        <translation>type: {0}</translation>
    </message>
    <message>
        <source>reasons: {0}</source>
        <translation>redenen: {0}</translation>
    </message>
</context>
<context>
    <name>RecentScansPanel</name>
    <message>
        <source>Last scans</source>
        <translation>Laatste scans</translation>
    </message>
    <message>
        <source>label not printed</source>
        <translation>label niet afgedrukt</translation>
    </message>
    <message>
        <source>label waiting to print</source>
        <translation>label wacht op afdrukken</translation>
    </message>
</context>
<context>
    <name>ReprintAction</name>
    <message>
        <source>Reprint the last label</source>
        <translation>Laatste label opnieuw printen</translation>
    </message>
    <message>
        <source>Why is it reprinted (torn, smudged, lost)?</source>
        <translation>Waarom opnieuw printen (gescheurd, vlekkerig, kwijt)?</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve the exception of {0}</source>
        <translation>De uitzondering van {0} oplossen</translation>
    </message>
    <message>
        <source>Accept what the central service kept, or escalate it to the office? Say why in a note.</source>
        <translation>Aanvaarden wat de centrale dienst heeft behouden, of naar het kantoor escaleren? Zeg waarom in een notitie.</translation>
    </message>
    <message>
        <source>How was it resolved (sent on to its hub, kept here, checked with the office)?</source>
        <translation>Hoe is het opgelost (doorgestuurd naar zijn hub, hier gehouden, nagevraagd bij het kantoor)?</translation>
    </message>
    <message>
        <source>Accept the service&apos;s view</source>
        <translation>Standpunt van de dienst aanvaarden</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Escalate to the office</source>
        <translation>Naar het kantoor escaleren</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Scan or type a tracking number, then Enter</source>
        <translation>Scan of typ een zendingnummer, dan Enter</translation>
    </message>
    <message>
        <source>At this workstation</source>
        <translation>Op deze werkplek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Central service (every hub)</source>
        <translation>Centrale dienst (alle hubs)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Not known at this workstation.</source>
        <translation>Niet bekend op deze werkplek.</translation>
    </message>
    <message>
        <source>✖ ON HOLD</source>
        <translation>✖ GEBLOKKEERD</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>This window was started without a settings file.</source>
        <translation>Dit venster is gestart zonder instellingenbestand.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings (admin)</source>
        <translation>Instellingen (beheerder)</translation>
    </message>
    <message>
        <source>Hub id (3 letters or digits)</source>
        <translation>Hub-id (3 letters of cijfers)</translation>
    </message>
    <message>
        <source>Workstation id (2 letters or digits)</source>
        <translation>Werkplek-id (2 letters of cijfers)</translation>
    </message>
    <message>
        <source>Serial scanner (/dev/ttyACM0, COM3; empty: keyboard-wedge only)</source>
        <translation>Seriële scanner (/dev/ttyACM0, COM3; leeg: alleen toetsenbordscanner)</translation>
    </message>
    <message>
        <source>Label printer (tcp://HOST:9100, spooler://QUEUE, file://PATH)</source>
        <translation>Labelprinter (tcp://HOST:9100, spooler://WACHTRIJ, file://PAD)</translation>
    </message>
    <message>
        <source>Central service (https://...; empty: offline)</source>
        <translation>Centrale dienst (https://...; leeg: offline)</translation>
    </message>
    <message>
        <source>Printer resolution (dpi)</source>
        <translation>Printerresolutie (dpi)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>Central token (kept in the OS keyring)</source>
        <translation>Token van de centrale dienst (bewaard in de sleutelbos van het systeem)</translation>
    </message>
    <message>
        <source>Scan something: it shows here, and nothing else happens.</source>
        <translation>Scan iets: het verschijnt hier, verder gebeurt er niets.</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Scannertest</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testafdruk</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <source>This shift</source>
        <translation>Deze dienst</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Scans / hour</source>
        <translation>Scans / uur</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>HubScan cannot start.</source>
        <translation>HubScan kan niet starten.</translation>
    </message>
    <message>
        <source>IT: &apos;hubscan config check&apos; lists every bad setting; &apos;hubscan doctor&apos; checks the station.</source>
        <translation>IT: &apos;hubscan config check&apos; toont elke foute instelling; &apos;hubscan doctor&apos; controleert het werkstation.</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <source>RECEIVE · Scan each inbound parcel&apos;s tracking barcode. Hold: HS:HOLD or HS:HOLD:&lt;reason&gt; &lt;note&gt; · Release: HS:RELEASE · Log out: HS:LOGOUT</source>
        <translation>ONTVANGST · Scan de trackingbarcode van elk binnenkomend pakket. In de wacht: HS:HOLD of HS:HOLD:&lt;reden&gt; &lt;notitie&gt; · Vrijgeven: HS:RELEASE · Afmelden: HS:LOGOUT</translation>
    </message>
    <message>
        <source>RECEIVE · Scan each inbound parcel&apos;s tracking barcode. Log out: HS:LOGOUT</source>
        <translation>ONTVANGST · Scan de zendingbarcode van elk binnenkomend pakket. Afmelden: HS:LOGOUT</translation>
    </message>
    <message>
        <source>PROCESS · Scan the parcel, then each item inside. Grade: HS:GRADE:B · Reject an item: HS:REJECTITEM:DAMAGED, then F8 for its photo · Finish: HS:DONE · Start again: HS:CANCEL · To reject the parcel: HS:REASON:DAMAGED, then a supervisor&apos;s badge</source>
        <translation>VERWERKEN · Scan het pakket, dan elk artikel erin. Klasse: HS:GRADE:B · Een artikel afwijzen: HS:REJECTITEM:DAMAGED, dan F8 voor de foto · Klaar: HS:DONE · Opnieuw: HS:CANCEL · Het pakket afwijzen: HS:REASON:DAMAGED, dan de badge van een supervisor</translation>
    </message>
    <message>
        <source>REJECT · Scan the parcel, a reason (HS:REASON:DAMAGED), a note if needed (HS:NOTE:text), photos (F8 or HS:PHOTO), then HS:DONE · Start again: HS:CANCEL</source>
        <translation>AFKEURING · Scan het pakket, een reden (HS:REASON:DAMAGED), zo nodig een notitie (HS:NOTE:tekst), foto&apos;s (F8 of HS:PHOTO), dan HS:DONE · Opnieuw: HS:CANCEL</translation>
    </message>
    <message>
        <source>CONSOLIDATE · Scan processed parcels for one destination into a container, HS:WEIGH each container, HS:DONE to close and print the connote · HS:HANDOVER:&lt;carrier&gt; &lt;trailer&gt; loads closed ones · Start again: HS:CANCEL</source>
        <translation>CONSOLIDATIE · Scan verwerkte pakketten voor één bestemming in een container, HS:WEIGH voor elke container, HS:DONE om af te sluiten en de connote te printen · HS:HANDOVER:&lt;vervoerder&gt; &lt;trailer&gt; laadt gesloten · Opnieuw: HS:CANCEL</translation>
    </message>
    <message>
        <source>⚠ ALERT on {0}: {1}  ·  Scan HS:ACK once done.</source>
        <translation>⚠ MELDING bij {0}: {1}  ·  Scan HS:ACK als het gedaan is.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync with the central service</source>
        <translation>Synchronisatie met de centrale dienst</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Centrale dienst</translation>
    </message>
    <message>
        <source>Events waiting to be sent</source>
        <translation>Gebeurtenissen die wachten op verzending</translation>
    </message>
    <message>
        <source>Oldest waiting event</source>
        <translation>Oudste wachtende gebeurtenis</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Laatste geslaagde synchronisatie</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>Events the central service refused</source>
        <translation>Door de centrale dienst geweigerde gebeurtenissen</translation>
    </message>
    <message>
        <source>Photos waiting to be sent</source>
        <translation>Foto&apos;s die nog verzonden moeten worden</translation>
    </message>
    <message>
        <source>not set up: this station works offline (set central.url)</source>
        <translation>niet ingesteld: deze werkplek werkt offline (stel central.url in)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>({0} no longer tried: {1})</source>
        <translation>({0} niet meer geprobeerd: {1})</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <source>printer {url} does not answer ({reason}). Check that it is on and connected to the network, then print again.</source>
        <translation>printer {url} antwoordt niet ({reason}). Controleer of hij aan staat en op het netwerk is aangesloten, en print opnieuw.</translation>
    </message>
    <message>
        <source>printer {url} gives no status: it is probably out of labels, its head is open or it is in an error state. Check the printer, close the head, press FEED, then print again.</source>
        <translation>printer {url} geeft geen status: waarschijnlijk zijn de etiketten op, staat de kop open of is er een fout. Controleer de printer, sluit de kop, druk op FEED en print opnieuw.</translation>
    </message>
    <message>
        <source>printer {url} sent a status HubScan cannot read ({reason}). Is it a Zebra?</source>
        <translation>printer {url} stuurde een status die HubScan niet kan lezen ({reason}). Is het een Zebra?</translation>
    </message>
    <message>
        <source>printer {url}: {faults}. Then print again.</source>
        <translation>printer {url}: {faults}. Print daarna opnieuw.</translation>
    </message>
    <message>
        <source>printer {url} dropped the job ({reason}). Print again.</source>
        <translation>printer {url} liet de opdracht vallen ({reason}). Print opnieuw.</translation>
    </message>
    <message>
        <source>cannot write labels to {path}: {reason}</source>
        <translation>kan geen etiketten schrijven naar {path}: {reason}</translation>
    </message>
    <message>
        <source>out of labels: load a new roll</source>
        <translation>etiketten op: plaats een nieuwe rol</translation>
    </message>
    <message>
        <source>the print head is open: close it</source>
        <translation>de printkop staat open: sluit hem</translation>
    </message>
    <message>
        <source>out of ribbon: load a new ribbon</source>
        <translation>lint op: plaats een nieuw lint</translation>
    </message>
    <message>
        <source>paused: press PAUSE on the printer to resume</source>
        <translation>gepauzeerd: druk op PAUSE op de printer om verder te gaan</translation>
    </message>
    <message>
        <source>its memory is full: wait a moment</source>
        <translation>het geheugen is vol: wacht even</translation>
    </message>
    <message>
        <source>the head is too hot: let it cool down</source>
        <translation>de kop is te heet: laat hem afkoelen</translation>
    </message>
    <message>
        <source>the head is too cold: wait for it to warm up</source>
        <translation>de kop is te koud: wacht tot hij warm is</translation>
    </message>
    <message>
        <source>print queue {queue} is not known to the spooler ({reason}). Check the queue name in the settings, or add the printer to the system.</source>
        <translation>printwachtrij {queue} is onbekend bij de spooler ({reason}). Controleer de naam van de wachtrij in de instellingen, of voeg de printer toe aan het systeem.</translation>
    </message>
    <message>
        <source>print queue {queue} is stopped. Start it again (cupsenable {name}).</source>
        <translation>printwachtrij {queue} is gestopt. Start hem opnieuw (cupsenable {name}).</translation>
    </message>
    <message>
        <source>print queue {queue}: {reason}</source>
        <translation>printwachtrij {queue}: {reason}</translation>
    </message>
    <message>
        <source>print queue {queue} did not accept the job. Check the queue in the printer settings of the system, then print again.</source>
        <translation>printwachtrij {queue} nam de opdracht niet aan. Controleer de wachtrij in de printerinstellingen van het systeem en print opnieuw.</translation>
    </message>
    <message>
        <source>{what} waits: no printer is set for this station</source>
        <translation>{what} wacht: er is geen printer ingesteld voor dit werkstation</translation>
    </message>
    <message>
        <source>{what} NOT printed: {fault} It is kept as print job {job}: scan HS:RETRY when the printer is ready (or hubscan print retry {job}).</source>
        <translation>{what} NIET geprint: {fault} Het blijft bewaard als printopdracht {job}: scan HS:RETRY als de printer klaar is (of hubscan print retry {job}).</translation>
    </message>
    <message>
        <source>{what} NOT printed: {fault}</source>
        <translation>{what} NIET geprint: {fault}</translation>
    </message>
    <message>
        <source>{what} printed on {url}</source>
        <translation>{what} geprint op {url}</translation>
    </message>
    <message>
        <source>{kind} label {reference}</source>
        <translation>{kind}-etiket {reference}</translation>
    </message>
    <message>
        <source>{kind} label {reference} (copy {copy})</source>
        <translation>{kind}-etiket {reference} (kopie {copy})</translation>
    </message>
    <message>
        <source>test label</source>
        <translation>testetiket</translation>
    </message>
    <message>
        <source>connote</source>
        <translation>connote</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>afkeur</translation>
    </message>
    <message>
        <source>container</source>
        <translation>container</translation>
    </message>
    <message>
        <source>{kind} {reference}</source>
        <translation>{kind} {reference}</translation>
    </message>
    <message>
        <source>{kind} {reference} (copy {copy})</source>
        <translation>{kind} {reference} (kopie {copy})</translation>
    </message>
    <message>
        <source>parcel list</source>
        <translation>pakketlijst</translation>
    </message>
    <message>
        <source>commercial invoice and packing list</source>
        <translation>handelsfactuur en paklijst</translation>
    </message>
    <message>
        <source>cannot keep the papers in {path}: {reason}</source>
        <translation>kan de documenten niet bewaren in {path}: {reason}</translation>
    </message>
    <message>
        <source>the papers cannot be laid out ({reason})</source>
        <translation>de documenten kunnen niet worden opgemaakt ({reason})</translation>
    </message>
    <message>
        <source>HubScan sends PDF papers to a CUPS print queue only: on Windows, print them from the folder {path}</source>
        <translation>HubScan stuurt PDF-documenten alleen naar een CUPS-afdrukwachtrij: druk ze onder Windows af vanuit de map {path}</translation>
    </message>
    <message>
        <source>printer {url}: use tcp://HOST:9100, spooler://QUEUE or file://PATH</source>
        <translation>printer {url}: gebruik tcp://HOST:9100, spooler://WACHTRIJ of file://PAD</translation>
    </message>
    <message>
        <source>only a dispatcher or an admin reprints labels</source>
        <translation>alleen een expediteur of een beheerder print etiketten opnieuw</translation>
    </message>
    <message>
        <source>give the reason for the reprint (torn, smudged, lost...)</source>
        <translation>geef de reden voor de herdruk (gescheurd, besmeurd, kwijt...)</translation>
    </message>
    <message>
        <source>no label has been printed here yet</source>
        <translation>hier is nog geen etiket geprint</translation>
    </message>
    <message>
        <source>{station} command sheet</source>
        <translation>commandoblad {station}</translation>
    </message>
    <message>
        <source>scanner {url} not found: check its cable; HubScan keeps looking for it</source>
        <translation>scanner {url} niet gevonden: controleer de kabel; HubScan blijft zoeken</translation>
    </message>
    <message>
        <source>scanner {url} connected</source>
        <translation>scanner {url} verbonden</translation>
    </message>
    <message>
        <source>scanner {url} unplugged or lost ({reason}): plug it back in; HubScan reconnects by itself</source>
        <translation>scanner {url} losgekoppeld of kwijt ({reason}): sluit hem weer aan; HubScan maakt zelf opnieuw verbinding</translation>
    </message>
    <message>
        <source>scanner {url} closed</source>
        <translation>scanner {url} gesloten</translation>
    </message>
</context>
<context>
    <name>outcome</name>
    <message>
        <source>Empty scan. Scan the barcode again.</source>
        <translation>Lege scan. Scan de barcode opnieuw.</translation>
    </message>
    <message>
        <source>Scan is {length} characters, more than {limit}. Scan one barcode at a time.</source>
        <translation>De scan is {length} tekens, meer dan {limit}. Scan één barcode tegelijk.</translation>
    </message>
    <message>
        <source>Scan is not readable text. Check the scanner&apos;s encoding (UTF-8) or keyboard layout.</source>
        <translation>De scan is geen leesbare tekst. Controleer de codering van de scanner (UTF-8) of de toetsenbordindeling.</translation>
    </message>
    <message>
        <source>Scan holds control characters. Check the scanner&apos;s settings, then scan again.</source>
        <translation>De scan bevat stuurtekens. Controleer de instellingen van de scanner en scan opnieuw.</translation>
    </message>
    <message>
        <source>{code}: the check digit is wrong. Scan again or check the label.</source>
        <translation>{code}: het controlecijfer klopt niet. Scan opnieuw of controleer het label.</translation>
    </message>
    <message>
        <source>GS1 barcode not readable: {reason}.</source>
        <translation>GS1-barcode niet leesbaar: {reason}.</translation>
    </message>
    <message>
        <source>GS1 barcode has no GTIN (01) or SSCC (00). Scan the item barcode.</source>
        <translation>De GS1-barcode heeft geen GTIN (01) of SSCC (00). Scan de barcode van het artikel.</translation>
    </message>
    <message>
        <source>Unknown command HS:{command}. Use the station&apos;s command sheet.</source>
        <translation>Onbekende opdracht HS:{command}. Gebruik het opdrachtenblad van de werkplek.</translation>
    </message>
    <message>
        <source>HS:{command} needs a value, like HS:{command}:VALUE.</source>
        <translation>HS:{command} heeft een waarde nodig, zoals HS:{command}:WAARDE.</translation>
    </message>
    <message>
        <source>HS:{command} takes no value. Scan the plain HS:{command}.</source>
        <translation>HS:{command} heeft geen waarde. Scan gewoon HS:{command}.</translation>
    </message>
    <message>
        <source>NOT SAVED: {reason}. Scan again; if it keeps failing, call IT.</source>
        <translation>NIET OPGESLAGEN: {reason}. Scan opnieuw; blijft het mislukken, bel IT.</translation>
    </message>
    <message>
        <source>{text}: not a parcel, item, badge or command for this station.</source>
        <translation>{text}: geen pakket, artikel, badge of opdracht voor deze werkplek.</translation>
    </message>
    <message>
        <source>Welcome {name} ({role}). {station} station.</source>
        <translation>Welkom {name} ({role}). Werkplek {station}.</translation>
    </message>
    <message>
        <source>{name} logged out.</source>
        <translation>{name} is afgemeld.</translation>
    </message>
    <message>
        <source>Badge {badge} is not known here. Ask a supervisor to add it.</source>
        <translation>Badge {badge} is hier niet bekend. Vraag een supervisor hem toe te voegen.</translation>
    </message>
    <message>
        <source>Badge {badge} is disabled. Ask a supervisor.</source>
        <translation>Badge {badge} is uitgeschakeld. Vraag een supervisor.</translation>
    </message>
    <message>
        <source>Wrong PIN for {badge}. Type it again, or scan your badge.</source>
        <translation>Verkeerde pincode voor {badge}. Typ hem opnieuw, of scan uw badge.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {badge}: typed logins wait {minutes} min. Scan your badge, or ask a supervisor.</source>
        <translation>Te veel verkeerde pincodes voor {badge}: inloggen met het toetsenbord wacht {minutes} min. Scan uw badge, of vraag een supervisor.</translation>
    </message>
    <message>
        <source>{badge} has no PIN. Scan your badge, or ask an admin to set one (hubscan operators pin {badge}).</source>
        <translation>{badge} heeft geen pincode. Scan uw badge, of vraag een beheerder er een in te stellen (hubscan operators pin {badge}).</translation>
    </message>
    <message>
        <source>Nobody is logged in. Scan your badge first.</source>
        <translation>Niemand is aangemeld. Scan eerst uw badge.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not use the {station} station. Ask a {needed}.</source>
        <translation>{name} ({role}) mag de werkplek {station} niet gebruiken. Vraag een {needed}.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not hold or release parcels. Ask a supervisor.</source>
        <translation>{name} ({role}) mag geen pakketten blokkeren of vrijgeven. Vraag een supervisor.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not resolve exceptions. Ask a supervisor.</source>
        <translation>{name} ({role}) mag geen uitzonderingen oplossen. Vraag een supervisor.</translation>
    </message>
    <message>
        <source>{station} station.</source>
        <translation>Werkplek {station}.</translation>
    </message>
    <message>
        <source>No station called {station}. Use RECEIVE, PROCESS, REJECT or CONSOLIDATE.</source>
        <translation>Geen werkplek genaamd {station}. Gebruik RECEIVE, PROCESS, REJECT of CONSOLIDATE.</translation>
    </message>
    <message>
        <source>Cancelled: {what}.</source>
        <translation>Geannuleerd: {what}.</translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation>Niets te annuleren.</translation>
    </message>
    <message>
        <source>Sending the labels that did not print again.</source>
        <translation>De labels die niet geprint zijn worden opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>HS:PHOTO takes a photo in the station window; it does nothing here.</source>
        <translation>HS:PHOTO neemt een foto in het werkplekvenster; hier doet het niets.</translation>
    </message>
    <message>
        <source>HS:{command} does nothing at the {station} station.</source>
        <translation>HS:{command} doet niets op de werkplek {station}.</translation>
    </message>
    <message>
        <source>{tracking} is not known at this hub. Receive it first.</source>
        <translation>{tracking} is niet bekend in deze hub. Ontvang het eerst.</translation>
    </message>
    <message>
        <source>No parcel selected. Scan the parcel first.</source>
        <translation>Geen pakket gekozen. Scan eerst het pakket.</translation>
    </message>
    <message>
        <source>First read the alert on {tracking}: {alert} Then scan HS:ACK.</source>
        <translation>Lees eerst de melding bij {tracking}: {alert} Scan daarna HS:ACK.</translation>
    </message>
    <message>
        <source>Alert on {tracking} acknowledged by {name}.</source>
        <translation>Melding bij {tracking} bevestigd door {name}.</translation>
    </message>
    <message>
        <source>No alert is waiting to be acknowledged.</source>
        <translation>Er wacht geen melding op bevestiging.</translation>
    </message>
    <message>
        <source>{tracking} is ON HOLD ({reason}), held by {owner} {when}. They or a supervisor release it (HS:RELEASE).</source>
        <translation>{tracking} staat IN DE WACHT ({reason}), gezet door {owner} {when}. Die persoon of een supervisor geeft hem vrij (HS:RELEASE).</translation>
    </message>
    <message>
        <source>{tracking} is ON HOLD ({reason}; held {when}). A supervisor must release it (HS:RELEASE) first.</source>
        <translation>{tracking} staat IN DE WACHT ({reason}; gezet {when}). Een supervisor moet hem eerst vrijgeven (HS:RELEASE).</translation>
    </message>
    <message>
        <source>{tracking} is stopped: {exception}. A supervisor accepts the service&apos;s view or escalates it, with a note (HS:RESOLVE:{tracking} &lt;note&gt;), first.</source>
        <translation>{tracking} is geblokkeerd: {exception}. Een supervisor aanvaardt eerst het oordeel van de centrale dienst of escaleert het, met een notitie (HS:RESOLVE:{tracking} &lt;notitie&gt;).</translation>
    </message>
    <message>
        <source>{tracking} is now on hold: {reason}.</source>
        <translation>{tracking} staat nu in de wacht: {reason}.</translation>
    </message>
    <message>
        <source>{tracking} is now on hold ({reason}) and was taken out of the consolidation for {destination}.</source>
        <translation>{tracking} staat nu in de wacht ({reason}) en is uit de consolidatie voor {destination} gehaald.</translation>
    </message>
    <message>
        <source>{tracking} was already on hold ({reason}), held by {owner} {when}.</source>
        <translation>{tracking} stond al in de wacht ({reason}), gezet door {owner} {when}.</translation>
    </message>
    <message>
        <source>No hold reason {reason}. Use one of: {reasons}.</source>
        <translation>Geen wachtreden {reason}. Gebruik een van: {reasons}.</translation>
    </message>
    <message>
        <source>{tracking} is held by {owner} ({reason}): only they or a supervisor may release it.</source>
        <translation>{tracking} is in de wacht gezet door {owner} ({reason}): alleen die persoon of een supervisor mag hem vrijgeven.</translation>
    </message>
    <message>
        <source>{tracking} is on hold ({reason}): only a supervisor may release it.</source>
        <translation>{tracking} staat in de wacht ({reason}): alleen een supervisor mag hem vrijgeven.</translation>
    </message>
    <message>
        <source>{tracking} released from hold.</source>
        <translation>{tracking} is vrijgegeven.</translation>
    </message>
    <message>
        <source>{tracking} is not on hold.</source>
        <translation>{tracking} is niet geblokkeerd.</translation>
    </message>
    <message>
        <source>{tracking} is {state}: only parcels in the hub can be held.</source>
        <translation>{tracking} is {state}: alleen pakketten in de hub kunnen worden geblokkeerd.</translation>
    </message>
    <message>
        <source>{tracking}: exception resolved ({note}).</source>
        <translation>{tracking}: uitzondering opgelost ({note}).</translation>
    </message>
    <message>
        <source>{tracking}: escalated to the office with your note ({note}). It is no longer stopped here.</source>
        <translation>{tracking}: naar het kantoor geëscaleerd met uw notitie ({note}). Het is hier niet langer geblokkeerd.</translation>
    </message>
    <message>
        <source>Only a refusal of the central service is escalated. Resolve {tracking} with a note (HS:RESOLVE).</source>
        <translation>Alleen een weigering van de centrale dienst wordt geëscaleerd. Los {tracking} op met een notitie (HS:RESOLVE).</translation>
    </message>
    <message>
        <source>Say how the exception of {tracking} was resolved: HS:RESOLVE:{tracking} &lt;note&gt;.</source>
        <translation>Zeg hoe de uitzondering van {tracking} is opgelost: HS:RESOLVE:{tracking} &lt;notitie&gt;.</translation>
    </message>
    <message>
        <source>{tracking} has no open exception to resolve.</source>
        <translation>{tracking} heeft geen open uitzondering om op te lossen.</translation>
    </message>
    <message>
        <source>{tracking} now has its return: {retailer}, to {destination}. It goes on like any other.</source>
        <translation>{tracking} heeft nu zijn retour: {retailer}, naar {destination}. Hij gaat verder zoals elke andere.</translation>
    </message>
    <message>
        <source>{tracking} already has its return ({retailer}): nothing created.</source>
        <translation>{tracking} heeft al zijn retour ({retailer}): niets aangemaakt.</translation>
    </message>
    <message>
        <source>{tracking} is {state}: a return is created only for a parcel the hub holds.</source>
        <translation>{tracking} is {state}: een retour wordt alleen aangemaakt voor een pakket dat de hub heeft.</translation>
    </message>
    <message>
        <source>No retailer is known for {destination}: name it, HS:CREATE:{destination} &lt;retailer&gt;.</source>
        <translation>Geen webwinkel bekend voor {destination}: noem hem, HS:CREATE:{destination} &lt;webwinkel&gt;.</translation>
    </message>
    <message>
        <source>order=, customer= and type= each take one word of printable text, at most {limit} characters. Nothing created.</source>
        <translation>order=, customer= en type= nemen elk één woord afdrukbare tekst, hoogstens {limit} tekens. Niets aangemaakt.</translation>
    </message>
    <message>
        <source>The pre-advice names no retailer {retailer} with this destination: use one of {known}. Nothing created.</source>
        <translation>De voormelding noemt geen retailer {retailer} bij deze bestemming: gebruik een van {known}. Niets aangemaakt.</translation>
    </message>
    <message>
        <source>The retailer&apos;s name must be printable text of at most {limit} characters.</source>
        <translation>De naam van de webwinkel moet afdrukbare tekst van hoogstens {limit} tekens zijn.</translation>
    </message>
    <message>
        <source>{tracking} is return {preadvice}: {retailer}, to {destination}, {expected} item(s) expected. It goes on like any other.</source>
        <translation>{tracking} is retour {preadvice}: {retailer}, naar {destination}, {expected} artikel(en) verwacht. Hij gaat verder zoals elke andere.</translation>
    </message>
    <message>
        <source>No pre-advised return {preadvice}. Find it by order number, customer reference or SKU (Exceptions view, F5), or give {tracking} its return (HS:CREATE).</source>
        <translation>Geen voorgemelde retour {preadvice}. Zoek hem op ordernummer, klantreferentie of SKU (weergave Uitzonderingen, F5), of geef {tracking} een retour (HS:CREATE).</translation>
    </message>
    <message>
        <source>{tracking} is already the return of parcel {parcel}: nothing linked.</source>
        <translation>{tracking} is al de retour van pakket {parcel}: niets gekoppeld.</translation>
    </message>
    <message>
        <source>{tracking} is pre-advised to hub {hub}, not this one: nothing linked. Set the parcel aside for a supervisor to agree with hub {hub}.</source>
        <translation>{tracking} is voorgemeld bij hub {hub}, niet bij deze: niets gekoppeld. Leg het pakket apart zodat een supervisor het met hub {hub} afspreekt.</translation>
    </message>
    <message>
        <source>{tracking} is {state} ({when}): its own parcel is here or gone, so this is another parcel. Nothing linked.</source>
        <translation>{tracking} is {state} ({when}): het eigen pakket is hier of al weg, dit is dus een ander pakket. Niets gekoppeld.</translation>
    </message>
    <message>
        <source>{tracking} arrived already as {parcel} (linked to it): it is the same return. Go on with {parcel}.</source>
        <translation>{tracking} is al aangekomen als {parcel} (eraan gekoppeld): het is dezelfde retour. Ga verder met {parcel}.</translation>
    </message>
    <message>
        <source>{tracking} goes on to hub {hub}, unopened: consolidate it to {destination} (HS:DEST:{destination}).</source>
        <translation>{tracking} gaat ongeopend door naar hub {hub}: consolideer het naar {destination} (HS:DEST:{destination}).</translation>
    </message>
    <message>
        <source>{tracking} stays here, not at hub {hub}: its pre-advice comes with the next sync, then it goes on like any other.</source>
        <translation>{tracking} blijft hier, niet bij hub {hub}: de voormelding komt met de volgende synchronisatie, daarna gaat hij verder zoals elke andere.</translation>
    </message>
    <message>
        <source>{tracking} is not a misrouted parcel in the hub: only a parcel pre-advised to another hub and received here is forwarded or kept.</source>
        <translation>{tracking} is geen verkeerd gerouteerd pakket in de hub: alleen een pakket dat bij een andere hub is voorgemeld en hier ontvangen is, wordt doorgestuurd of gehouden.</translation>
    </message>
    <message>
        <source>{tracking} was not pre-advised: give it its return (scan it, then HS:CREATE:&lt;destination&gt; [retailer]), not a note.</source>
        <translation>{tracking} was niet vooraangemeld: geef hem zijn retour (scan hem, dan HS:CREATE:&lt;bestemming&gt; [webwinkel]), geen notitie.</translation>
    </message>
    <message>
        <source>{container} opened for {destination}: label printing. Scan its parcels.</source>
        <translation>{container} geopend voor {destination}: etiket wordt afgedrukt. Scan de pakketten ervoor.</translation>
    </message>
    <message>
        <source>{container} opened for {destination}. Scan its parcels.</source>
        <translation>{container} geopend voor {destination}. Scan de pakketten ervoor.</translation>
    </message>
    <message>
        <source>{container}: {count} parcel(s). The next parcels go into it.</source>
        <translation>{container}: {count} pakket(ten). De volgende pakketten gaan erin.</translation>
    </message>
    <message>
        <source>{container} opened again ({count} parcel(s)); its weight of {kg} kg is cleared. Weigh it again when packed.</source>
        <translation>{container} opnieuw geopend ({count} pakket(ten)); het gewicht van {kg} kg is gewist. Weeg opnieuw als hij vol is.</translation>
    </message>
    <message>
        <source>{tracking} moved into {container} (from {left}). Weigh the containers it changed.</source>
        <translation>{tracking} verplaatst naar {container} (uit {left}). Weeg de gewijzigde containers.</translation>
    </message>
    <message>
        <source>No consolidation is open. Scan a processed parcel or HS:DEST:&lt;code&gt; first.</source>
        <translation>Geen consolidatie open. Scan eerst een verwerkt pakket of HS:DEST:&lt;code&gt;.</translation>
    </message>
    <message>
        <source>{tracking} not added: no container is open for {destination}. Open the consolidation if needed (HS:DEST:{destination}), scan a container label (SSCC), then the parcel again.</source>
        <translation>{tracking} niet toegevoegd: geen container open voor {destination}. Open zo nodig de consolidatie (HS:DEST:{destination}), scan een containeretiket (SSCC), dan opnieuw het pakket.</translation>
    </message>
    <message>
        <source>HubScan cannot number containers: no GS1 company prefix is set (dispatch.gs1_company_prefix). Scan a pre-printed container label, or ask IT to set it.</source>
        <translation>HubScan kan geen containers nummeren: er is geen GS1-bedrijfsprefix ingesteld (dispatch.gs1_company_prefix). Scan een voorgedrukt containeretiket, of vraag IT het in te stellen.</translation>
    </message>
    <message>
        <source>No container opened: {reason}. Call IT.</source>
        <translation>Geen container geopend: {reason}. Bel IT.</translation>
    </message>
    <message>
        <source>No container kind {kind}. Use one of: {kinds}.</source>
        <translation>Geen containertype {kind}. Gebruik een van: {kinds}.</translation>
    </message>
    <message>
        <source>{container} belongs to the consolidation for {destination}.</source>
        <translation>{container} hoort bij de consolidatie voor {destination}.</translation>
    </message>
    <message>
        <source>{container} is in the closed consolidation {connote}: it waits for the carrier (HS:HANDOVER).</source>
        <translation>{container} zit in de gesloten consolidatie {connote}: hij wacht op de vervoerder (HS:HANDOVER).</translation>
    </message>
    <message>
        <source>No open container to weigh. Scan the container&apos;s label first.</source>
        <translation>Geen open container om te wegen. Scan eerst het etiket van de container.</translation>
    </message>
    <message>
        <source>{container} holds no parcel: nothing to weigh.</source>
        <translation>{container} bevat geen pakket: niets te wegen.</translation>
    </message>
    <message>
        <source>Weighing {container}…</source>
        <translation>{container} wordt gewogen…</translation>
    </message>
    <message>
        <source>{container}: {kg} kg, {count} parcel(s). Open the next container (HS:CONTAINER) or close (HS:DONE).</source>
        <translation>{container}: {kg} kg, {count} pakket(ten). Open de volgende container (HS:CONTAINER) of sluit af (HS:DONE).</translation>
    </message>
    <message>
        <source>{container}: {kg} kg typed by hand, {count} parcel(s). Open the next container or close (HS:DONE).</source>
        <translation>{container}: {kg} kg met de hand ingevoerd, {count} pakket(ten). Open de volgende container of sluit af (HS:DONE).</translation>
    </message>
    <message>
        <source>{name}: only a supervisor types a weight. Weigh the container on the scale (HS:WEIGH), or call one.</source>
        <translation>{name}: alleen een supervisor voert een gewicht in. Weeg de container op de weegschaal (HS:WEIGH), of roep er een.</translation>
    </message>
    <message>
        <source>{value} is not a weight. Type kilograms, like HS:WEIGHT:12.4.</source>
        <translation>{value} is geen gewicht. Voer kilogram in, zoals HS:WEIGHT:12.4.</translation>
    </message>
    <message>
        <source>{container} weighs {kg} kg: nothing is on the scale, or it needs zeroing. Put the container on it, then weigh again.</source>
        <translation>{container} weegt {kg} kg: er staat niets op de weegschaal, of hij moet op nul. Zet de container erop en weeg opnieuw.</translation>
    </message>
    <message>
        <source>{container}: {kg} kg is more than any container. Check the weight and give it again.</source>
        <translation>{container}: {kg} kg is meer dan welke container ook. Controleer het gewicht en geef het opnieuw.</translation>
    </message>
    <message>
        <source>{container} is not open in this bench&apos;s consolidation: weight not kept.</source>
        <translation>{container} is niet open in de consolidatie van deze werkplek: gewicht niet bewaard.</translation>
    </message>
    <message>
        <source>Not closed: {count} parcel(s) in no container ({parcels}). Scan a container label, then each of them.</source>
        <translation>Niet gesloten: {count} pakket(ten) in geen container ({parcels}). Scan een containeretiket, dan elk ervan.</translation>
    </message>
    <message>
        <source>Not closed: {count} container(s) not weighed: {containers}. Scan each, then HS:WEIGH.</source>
        <translation>Niet gesloten: {count} container(s) niet gewogen: {containers}. Scan elk, dan HS:WEIGH.</translation>
    </message>
    <message>
        <source>Not closed: {destination} is in customs territory {territory}, and {count} parcel(s) lack their items&apos; customs data: {parcels}. Ask the retailer to send it in the pre-advice, or take the parcel out (HS:HOLD), then HS:DONE again.</source>
        <translation>Niet afgesloten: {destination} ligt in douanegebied {territory}, en {count} pakket(ten) missen de douanegegevens van hun artikelen: {parcels}. Vraag de webwinkel ze in de voormelding te sturen, of haal het pakket eruit (HS:HOLD), dan opnieuw HS:DONE.</translation>
    </message>
    <message>
        <source>{tracking} is in the closed consolidation {connote}: it leaves when its container is loaded at the handover.</source>
        <translation>{tracking} zit in de gesloten consolidatie {connote}: het vertrekt als de container bij de overdracht wordt geladen.</translation>
    </message>
    <message>
        <source>Handover to {carrier}, trailer {trailer}: scan each container onto it, then HS:DONE.</source>
        <translation>Overdracht aan {carrier}, trailer {trailer}: scan elke container die erop gaat, dan HS:DONE.</translation>
    </message>
    <message>
        <source>{value}: give the carrier and the trailer or seal number, like HS:HANDOVER:DHL TRL-4711.</source>
        <translation>{value}: geef de vervoerder en het trailer- of zegelnummer, zoals HS:HANDOVER:DHL TRL-4711.</translation>
    </message>
    <message>
        <source>The handover to {carrier} (trailer {trailer}) is open: close it (HS:DONE) or cancel it (HS:CANCEL).</source>
        <translation>De overdracht aan {carrier} (trailer {trailer}) is open: sluit hem af (HS:DONE) of annuleer (HS:CANCEL).</translation>
    </message>
    <message>
        <source>The handover to {carrier} (trailer {trailer}) takes containers: scan their labels, HS:DONE or HS:CANCEL.</source>
        <translation>De overdracht aan {carrier} (trailer {trailer}) neemt containers: scan hun etiketten, HS:DONE of HS:CANCEL.</translation>
    </message>
    <message>
        <source>{container} ({connote}, {destination}) loaded: {count} container(s) on trailer {trailer}.</source>
        <translation>{container} ({connote}, {destination}) geladen: {count} container(s) op trailer {trailer}.</translation>
    </message>
    <message>
        <source>{container} is already loaded ({count} container(s) on this handover).</source>
        <translation>{container} is al geladen ({count} container(s) in deze overdracht).</translation>
    </message>
    <message>
        <source>{container} is loaded on bench {bench}&apos;s open handover. Hand it over there, or have bench {bench} cancel it.</source>
        <translation>{container} is geladen in de open overdracht van werkplek {bench}. Draag hem daar over, of laat werkplek {bench} annuleren.</translation>
    </message>
    <message>
        <source>{container} ({connote}) was handed over already.</source>
        <translation>{container} ({connote}) is al overgedragen.</translation>
    </message>
    <message>
        <source>{container} is in a consolidation not closed yet: close it first.</source>
        <translation>{container} zit in een consolidatie die nog niet gesloten is: sluit die eerst.</translation>
    </message>
    <message>
        <source>{container} is no closed consolidation&apos;s container here. Check the label.</source>
        <translation>{container} is hier geen container van een gesloten consolidatie. Controleer het etiket.</translation>
    </message>
    <message>
        <source>Nothing is loaded for {carrier} (trailer {trailer}): scan the containers first.</source>
        <translation>Niets geladen voor {carrier} (trailer {trailer}): scan eerst de containers.</translation>
    </message>
    <message>
        <source>{count} container(s) of these consolidations are not loaded: {containers}. Load them, or HS:DONE again to hand over without them.</source>
        <translation>{count} container(s) van deze consolidaties zijn niet geladen: {containers}. Laad ze, of opnieuw HS:DONE om zonder ze over te dragen.</translation>
    </message>
    <message>
        <source>Not handed over: {tracking} is stopped ({exception}). A supervisor resolves it (HS:RESOLVE:{tracking} &lt;note&gt;), or it is taken out of its container (hold it), then HS:DONE again.</source>
        <translation>Niet overgedragen: {tracking} is gestopt ({exception}). Een supervisor lost het op (HS:RESOLVE:{tracking} &lt;notitie&gt;), of het gaat uit de container (zet het in de wacht), dan opnieuw HS:DONE.</translation>
    </message>
    <message>
        <source>Handed over to {carrier}, trailer {trailer}: {containers} container(s), {count} parcel(s) exported.</source>
        <translation>Overgedragen aan {carrier}, trailer {trailer}: {containers} container(s), {count} pakket(ten) geëxporteerd.</translation>
    </message>
    <message>
        <source>Handover to {carrier} cancelled; {count} container(s) back on the dock.</source>
        <translation>Overdracht aan {carrier} geannuleerd; {count} container(s) terug op het dok.</translation>
    </message>
    <message>
        <source>Consolidation for {destination} open again: connote {connote} is void, destroy its label. Closing it again gives a new connote.</source>
        <translation>Consolidatie voor {destination} weer open: connote {connote} is ongeldig, vernietig het etiket. Opnieuw sluiten geeft een nieuwe connote.</translation>
    </message>
    <message>
        <source>No consolidation closed at this bench has connote {connote}: reopen it at its bench.</source>
        <translation>Geen consolidatie die op deze werkplek is gesloten heeft connote {connote}: heropen hem op zijn werkplek.</translation>
    </message>
    <message>
        <source>Connote {connote} cannot be reopened: its containers are loaded or handed over (or it was a TEST one).</source>
        <translation>Connote {connote} kan niet heropend worden: de containers zijn geladen of overgedragen (of het was een TEST).</translation>
    </message>
    <message>
        <source>A consolidation for {destination} is open at this bench: close or cancel it, then reopen {connote}.</source>
        <translation>Er is een consolidatie voor {destination} open op deze werkplek: sluit of annuleer die, heropen dan {connote}.</translation>
    </message>
    <message>
        <source>{name}: only a supervisor reopens a closed consolidation.</source>
        <translation>{name}: alleen een supervisor heropent een gesloten consolidatie.</translation>
    </message>
    <message>
        <source>This bench has no scale set up (scale.url). A supervisor types the weight: HS:WEIGHT:&lt;kg&gt;.</source>
        <translation>Deze werkplek heeft geen weegschaal ingesteld (scale.url). Een supervisor voert het gewicht in: HS:WEIGHT:&lt;kg&gt;.</translation>
    </message>
    <message>
        <source>The scale at {url} cannot be opened. Check its cable and power, then weigh again.</source>
        <translation>De weegschaal op {url} kan niet worden geopend. Controleer kabel en stroom en weeg opnieuw.</translation>
    </message>
    <message>
        <source>The scale at {url} did not answer in {seconds} s. Check it is on and set to MT-SICS, 9600 baud, then weigh again.</source>
        <translation>De weegschaal op {url} antwoordde niet binnen {seconds} s. Controleer of hij aan staat en op MT-SICS, 9600 baud, en weeg opnieuw.</translation>
    </message>
    <message>
        <source>The weight does not settle (it showed {moving}). Keep the container still, off the edges, then weigh again.</source>
        <translation>Het gewicht wordt niet stabiel (het toonde {moving}). Houd de container stil, van de randen af, en weeg opnieuw.</translation>
    </message>
    <message>
        <source>The load is over the scale&apos;s range. Use a bigger scale, or a supervisor types it.</source>
        <translation>De last is boven het bereik van de weegschaal. Gebruik een grotere weegschaal, of een supervisor voert het in.</translation>
    </message>
    <message>
        <source>The scale reads below zero. Empty it, zero it, then weigh again.</source>
        <translation>De weegschaal staat onder nul. Maak hem leeg, zet hem op nul en weeg opnieuw.</translation>
    </message>
    <message>
        <source>The scale refused the request ({reply}). Check it is set to MT-SICS.</source>
        <translation>De weegschaal weigerde het verzoek ({reply}). Controleer of hij op MT-SICS staat.</translation>
    </message>
    <message>
        <source>The scale&apos;s reply ({reply}) is not a weight. Check it is set to MT-SICS.</source>
        <translation>Het antwoord van de weegschaal ({reply}) is geen gewicht. Controleer of hij op MT-SICS staat.</translation>
    </message>
    <message>
        <source>{tracking} received for {retailer}.</source>
        <translation>{tracking} ontvangen voor {retailer}.</translation>
    </message>
    <message>
        <source>{tracking} received for {retailer}. ALERT: {alert} Scan HS:ACK once done.</source>
        <translation>{tracking} ontvangen voor {retailer}. MELDING: {alert} Scan HS:ACK als het gedaan is.</translation>
    </message>
    <message>
        <source>{tracking} received and put ON HOLD: the retailer refused this return. Set it aside for a supervisor.</source>
        <translation>{tracking} ontvangen en IN DE WACHT gezet: de webwinkel heeft deze retour geweigerd. Leg hem apart voor een supervisor.</translation>
    </message>
    <message>
        <source>{tracking} received and put ON HOLD: the return was cancelled. Set it aside for a supervisor.</source>
        <translation>{tracking} ontvangen en IN DE WACHT gezet: de retour is geannuleerd. Leg hem apart voor een supervisor.</translation>
    </message>
    <message>
        <source>{tracking} received for {retailer}; the retailer has not approved this return yet.</source>
        <translation>{tracking} ontvangen voor {retailer}; de webwinkel heeft deze retour nog niet goedgekeurd.</translation>
    </message>
    <message>
        <source>{tracking} received, but it was NOT pre-advised. Put it on the unexpected shelf.</source>
        <translation>{tracking} ontvangen, maar het was NIET vooraangemeld. Zet het op de plank voor onverwachte pakketten.</translation>
    </message>
    <message>
        <source>{tracking} was already received {when} by {who}. Nothing recorded again.</source>
        <translation>{tracking} is al ontvangen {when} door {who}. Niets opnieuw vastgelegd.</translation>
    </message>
    <message>
        <source>{tracking} was already exported ({connote}). Do not receive it: call a supervisor.</source>
        <translation>{tracking} is al geëxporteerd ({connote}). Niet ontvangen: bel een supervisor.</translation>
    </message>
    <message>
        <source>{tracking} was already rejected ({reason}). Do not receive it: call a supervisor.</source>
        <translation>{tracking} is al afgekeurd ({reason}). Niet ontvangen: bel een supervisor.</translation>
    </message>
    <message>
        <source>{tracking} was already delivered back to the retailer {when}. Do not receive it: call a supervisor.</source>
        <translation>{tracking} is al teruggeleverd aan de webwinkel {when}. Niet ontvangen: roep een supervisor.</translation>
    </message>
    <message>
        <source>{tracking} is pre-advised to hub {hub}, not this one. Set it aside for a supervisor.</source>
        <translation>{tracking} is vooraangemeld voor hub {hub}, niet deze. Leg het apart voor een supervisor.</translation>
    </message>
    <message>
        <source>That is an item, not a parcel. Scan the return label on the parcel.</source>
        <translation>Dat is een artikel, geen pakket. Scan het retourlabel op het pakket.</translation>
    </message>
    <message>
        <source>{tracking}: scan the {expected} expected item(s).</source>
        <translation>{tracking}: scan de {expected} verwachte artikel(en).</translation>
    </message>
    <message>
        <source>{tracking}: ALERT: {alert} Scan HS:ACK, then the {expected} expected item(s).</source>
        <translation>{tracking}: MELDING: {alert} Scan HS:ACK, daarna de {expected} verwachte artikel(en).</translation>
    </message>
    <message>
        <source>{tracking} had no pre-advice: every item will be recorded as an extra.</source>
        <translation>{tracking} had geen vooraanmelding: elk artikel wordt als extra vastgelegd.</translation>
    </message>
    <message>
        <source>{tracking} resumed: {scanned} item(s) scanned so far.</source>
        <translation>{tracking} hervat: tot nu toe {scanned} artikel(en) gescand.</translation>
    </message>
    <message>
        <source>{tracking} started; {previous} left unfinished with {count} item(s). Scan it again to resume.</source>
        <translation>{tracking} gestart; {previous} blijft onaf met {count} artikel(en). Scan het opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>{tracking} has not been received ({state}). Receive it first.</source>
        <translation>{tracking} is niet ontvangen ({state}). Ontvang het eerst.</translation>
    </message>
    <message>
        <source>{tracking} was already processed {when} by {who}.</source>
        <translation>{tracking} is al verwerkt {when} door {who}.</translation>
    </message>
    <message>
        <source>{tracking} is {state}: it cannot be processed.</source>
        <translation>{tracking} is {state}: het kan niet worden verwerkt.</translation>
    </message>
    <message>
        <source>{description}: {scanned} of {expected}.</source>
        <translation>{description}: {scanned} van {expected}.</translation>
    </message>
    <message>
        <source>{description}: {scanned} scanned but only {expected} expected.</source>
        <translation>{description}: {scanned} gescand maar slechts {expected} verwacht.</translation>
    </message>
    <message>
        <source>{item} is not on the pre-advice: recorded as an extra.</source>
        <translation>{item} staat niet op de vooraanmelding: als extra vastgelegd.</translation>
    </message>
    <message>
        <source>{description} graded {grade}.</source>
        <translation>{description} kreeg kwaliteit {grade}.</translation>
    </message>
    <message>
        <source>Grade {grade} is not used here. Use one of {grades}.</source>
        <translation>Kwaliteit {grade} wordt hier niet gebruikt. Gebruik een van {grades}.</translation>
    </message>
    <message>
        <source>Scan an item before its grade.</source>
        <translation>Scan een artikel vóór de kwaliteit.</translation>
    </message>
    <message>
        <source>{description}: {disposition}.</source>
        <translation>{description}: {disposition}.</translation>
    </message>
    <message>
        <source>Disposition {disposition} is not used for this return. Use one of {dispositions}.</source>
        <translation>Bestemming {disposition} geldt niet voor deze retour. Gebruik een van {dispositions}.</translation>
    </message>
    <message>
        <source>Scan an item before its disposition.</source>
        <translation>Scan een artikel vóór zijn bestemming.</translation>
    </message>
    <message>
        <source>No items scanned for {tracking}. Scan the items, or have it rejected as empty.</source>
        <translation>Geen artikelen gescand voor {tracking}. Scan de artikelen, of laat het afkeuren als leeg.</translation>
    </message>
    <message>
        <source>{description} rejected: {reason}. Set it aside; a photo of it now goes with the rejection (F8).</source>
        <translation>{description} afgewezen: {reason}. Leg het apart; een foto die u nu maakt hoort bij de afwijzing (F8).</translation>
    </message>
    <message>
        <source>Scan the item before rejecting it.</source>
        <translation>Scan het artikel voordat u het afwijst.</translation>
    </message>
    <message>
        <source>Photo {count} kept as evidence for {description}.</source>
        <translation>Foto {count} bewaard als bewijs voor {description}.</translation>
    </message>
    <message>
        <source>{tracking} processed: all {count} item(s) as expected.{notes}</source>
        <translation>{tracking} verwerkt: alle {count} artikel(en) zoals verwacht.{notes}</translation>
    </message>
    <message>
        <source>{tracking} processed with differences: {summary}.{notes}</source>
        <translation>{tracking} verwerkt met verschillen: {summary}.{notes}</translation>
    </message>
    <message>
        <source>{tracking} selected. Scan the reason.</source>
        <translation>{tracking} gekozen. Scan de reden.</translation>
    </message>
    <message>
        <source>Reason: {reason}. Scan HS:DONE to reject{parcel_hint}.</source>
        <translation>Reden: {reason}. Scan HS:DONE om af te keuren{parcel_hint}.</translation>
    </message>
    <message>
        <source>No reason {reason}. Use one of: {reasons}.</source>
        <translation>Geen reden {reason}. Gebruik een van: {reasons}.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notitie toegevoegd.</translation>
    </message>
    <message>
        <source>Photo {count} kept as evidence for {tracking}.</source>
        <translation>Foto {count} bewaard als bewijs voor {tracking}.</translation>
    </message>
    <message>
        <source>That is not a kept photo. Take the photo with F8 (or scan HS:PHOTO).</source>
        <translation>Dat is geen bewaarde foto. Neem de foto met F8 (of scan HS:PHOTO).</translation>
    </message>
    <message>
        <source>{tracking} already has {limit} photos: that is the most kept.</source>
        <translation>{tracking} heeft al {limit} foto&apos;s: meer worden niet bewaard.</translation>
    </message>
    <message>
        <source>Photo not kept: {reason}. Take it again or choose another file.</source>
        <translation>Foto niet bewaard: {reason}. Neem hem opnieuw of kies een ander bestand.</translation>
    </message>
    <message>
        <source>Scan a reason (HS:REASON:...) before HS:DONE.</source>
        <translation>Scan een reden (HS:REASON:...) vóór HS:DONE.</translation>
    </message>
    <message>
        <source>{tracking} REJECTED: {reason}.</source>
        <translation>{tracking} AFGEKEURD: {reason}.</translation>
    </message>
    <message>
        <source>{tracking} to be rejected ({reason}): a supervisor scans their badge to sign it off. HS:CANCEL stops.</source>
        <translation>{tracking} af te keuren ({reason}): een supervisor scant zijn badge om af te tekenen. HS:CANCEL stopt.</translation>
    </message>
    <message>
        <source>{tracking} REJECTED: {reason}, signed off by {supervisor}.</source>
        <translation>{tracking} AFGEKEURD: {reason}, afgetekend door {supervisor}.</translation>
    </message>
    <message>
        <source>{tracking} is {state}: it cannot be rejected here.</source>
        <translation>{tracking} is {state}: het kan hier niet worden afgekeurd.</translation>
    </message>
    <message>
        <source>Consolidation for {destination} open. Scan processed parcels.</source>
        <translation>Consolidatie voor {destination} open. Scan verwerkte pakketten.</translation>
    </message>
    <message>
        <source>Consolidation for {destination}: {count} parcel(s) in it.</source>
        <translation>Consolidatie voor {destination}: {count} pakket(ten) erin.</translation>
    </message>
    <message>
        <source>{tracking} added: {count} parcel(s) for {destination}.{packed}{dispositions}</source>
        <translation>{tracking} toegevoegd: {count} pakket(ten) voor {destination}.{packed}{dispositions}</translation>
    </message>
    <message>
        <source>Consolidation for {destination} opened with {tracking}.{packed}{dispositions}</source>
        <translation>Consolidatie voor {destination} geopend met {tracking}.{packed}{dispositions}</translation>
    </message>
    <message>
        <source>{tracking} is already in this consolidation ({count} parcel(s)).</source>
        <translation>{tracking} zit al in deze consolidatie ({count} pakket(ten)).</translation>
    </message>
    <message>
        <source>{tracking} is already in the consolidation for {destination}.</source>
        <translation>{tracking} zit al in de consolidatie voor {destination}.</translation>
    </message>
    <message>
        <source>{tracking} is in bench {bench}&apos;s open consolidation. Leave it there, or have bench {bench} cancel it.</source>
        <translation>{tracking} zit in de open consolidatie van werkplek {bench}. Laat het daar, of laat werkplek {bench} die annuleren.</translation>
    </message>
    <message>
        <source>{tracking} was REJECTED: it must not be exported.</source>
        <translation>{tracking} is AFGEKEURD: het mag niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>{tracking} was already exported ({connote}).</source>
        <translation>{tracking} is al geëxporteerd ({connote}).</translation>
    </message>
    <message>
        <source>{tracking} is {state}, not processed. Process it first.</source>
        <translation>{tracking} is {state}, niet verwerkt. Verwerk het eerst.</translation>
    </message>
    <message>
        <source>{tracking} goes to {parcel_destination}, not {destination}. Put it with {parcel_destination}.</source>
        <translation>{tracking} gaat naar {parcel_destination}, niet {destination}. Leg het bij {parcel_destination}.</translation>
    </message>
    <message>
        <source>{tracking} is a TEST return: it never goes with real returns. Close this consolidation, then scan it to open a TEST one.</source>
        <translation>{tracking} is een TEST-retour: die gaat nooit mee met echte retouren. Sluit deze consolidatie en scan hem dan om een TEST-consolidatie te openen.</translation>
    </message>
    <message>
        <source>{tracking} is a real return: this consolidation is for TEST returns only. Close it first.</source>
        <translation>{tracking} is een echte retour: deze consolidatie is alleen voor TEST-retouren. Sluit hem eerst.</translation>
    </message>
    <message>
        <source>{tracking} has no destination (no pre-advice). Call a supervisor.</source>
        <translation>{tracking} heeft geen bestemming (geen vooraanmelding). Bel een supervisor.</translation>
    </message>
    <message>
        <source>No destination called {destination}.</source>
        <translation>Geen bestemming genaamd {destination}.</translation>
    </message>
    <message>
        <source>No consolidation is open. Scan a processed parcel or HS:DEST:&lt;code&gt;.</source>
        <translation>Geen consolidatie open. Scan een verwerkt pakket of HS:DEST:&lt;code&gt;.</translation>
    </message>
    <message>
        <source>The consolidation for {destination} is empty: nothing to close.</source>
        <translation>De consolidatie voor {destination} is leeg: niets af te sluiten.</translation>
    </message>
    <message>
        <source>Connote {connote}: {count} parcel(s) for {destination} in {containers} container(s), {kg} kg. They are exported when loaded at the handover (HS:HANDOVER).</source>
        <translation>Connote {connote}: {count} pakket(ten) voor {destination} in {containers} container(s), {kg} kg. Ze worden geëxporteerd als ze bij de overdracht worden geladen (HS:HANDOVER).</translation>
    </message>
    <message>
        <source>Connote {connote}: {count} parcel(s) exported to {destination}.</source>
        <translation>Connote {connote}: {count} pakket(ten) geëxporteerd naar {destination}.</translation>
    </message>
    <message>
        <source>Not closed: {tracking} is stopped ({exception}). A supervisor resolves it (HS:RESOLVE:{tracking} &lt;note&gt;) or it is taken out (hold it), then close again.</source>
        <translation>Niet gesloten: {tracking} is geblokkeerd ({exception}). Een supervisor lost het op (HS:RESOLVE:{tracking} &lt;notitie&gt;) of hij wordt eruit gehaald (in de wacht), sluit dan opnieuw.</translation>
    </message>
    <message>
        <source>Consolidation for {destination} cancelled; {count} parcel(s) freed.</source>
        <translation>Consolidatie voor {destination} geannuleerd; {count} pakket(ten) vrijgegeven.</translation>
    </message>
</context>
<context>
    <name>outcome title</name>
    <message>
        <source>Empty scan</source>
        <comment>scan.empty</comment>
        <translation>Lege scan</translation>
    </message>
    <message>
        <source>Scan too long</source>
        <comment>scan.too_long</comment>
        <translation>Scan te lang</translation>
    </message>
    <message>
        <source>Unreadable text</source>
        <comment>scan.bad_encoding</comment>
        <translation>Onleesbare tekst</translation>
    </message>
    <message>
        <source>Control characters</source>
        <comment>scan.control_chars</comment>
        <translation>Stuurtekens</translation>
    </message>
    <message>
        <source>Wrong check digit</source>
        <comment>scan.bad_check_digit</comment>
        <translation>Fout controlecijfer</translation>
    </message>
    <message>
        <source>Unreadable GS1</source>
        <comment>scan.bad_gs1</comment>
        <translation>GS1 onleesbaar</translation>
    </message>
    <message>
        <source>GS1 without GTIN or SSCC</source>
        <comment>scan.gs1_without_key</comment>
        <translation>GS1 zonder GTIN of SSCC</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <comment>scan.unknown_command</comment>
        <translation>Onbekende opdracht</translation>
    </message>
    <message>
        <source>Value missing</source>
        <comment>scan.command_needs_value</comment>
        <translation>Waarde ontbreekt</translation>
    </message>
    <message>
        <source>Takes no value</source>
        <comment>scan.command_takes_no_value</comment>
        <translation>Geen waarde verwacht</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <comment>scan.not_saved</comment>
        <translation>NIET OPGESLAGEN</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <comment>scan.not_recognised</comment>
        <translation>Niet herkend</translation>
    </message>
    <message>
        <source>Logged in</source>
        <comment>auth.login</comment>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Logged out</source>
        <comment>auth.logout</comment>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <comment>auth.unknown_badge</comment>
        <translation>Onbekende badge</translation>
    </message>
    <message>
        <source>Badge disabled</source>
        <comment>auth.inactive_badge</comment>
        <translation>Badge uitgeschakeld</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <comment>auth.pin_wrong</comment>
        <translation>Verkeerde pincode</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <comment>auth.pin_locked</comment>
        <translation>Pincode geblokkeerd</translation>
    </message>
    <message>
        <source>No PIN</source>
        <comment>auth.no_pin</comment>
        <translation>Geen pincode</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <comment>auth.not_logged_in</comment>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>Station not allowed</source>
        <comment>auth.not_allowed</comment>
        <translation>Werkplek niet toegestaan</translation>
    </message>
    <message>
        <source>Hold not allowed</source>
        <comment>auth.hold_not_allowed</comment>
        <translation>Blokkeren niet toegestaan</translation>
    </message>
    <message>
        <source>Resolving not allowed</source>
        <comment>auth.resolve_not_allowed</comment>
        <translation>Oplossen niet toegestaan</translation>
    </message>
    <message>
        <source>Station changed</source>
        <comment>station.changed</comment>
        <translation>Werkplek gewisseld</translation>
    </message>
    <message>
        <source>Unknown station</source>
        <comment>station.unknown</comment>
        <translation>Onbekende werkplek</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>cancel.done</comment>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Nothing to cancel</source>
        <comment>cancel.nothing</comment>
        <translation>Niets te annuleren</translation>
    </message>
    <message>
        <source>Labels sent again</source>
        <comment>print.retry</comment>
        <translation>Labels opnieuw verstuurd</translation>
    </message>
    <message>
        <source>Photo: window only</source>
        <comment>photo.window_only</comment>
        <translation>Foto: alleen in venster</translation>
    </message>
    <message>
        <source>Not at this station</source>
        <comment>command.not_here</comment>
        <translation>Niet op deze werkplek</translation>
    </message>
    <message>
        <source>Unknown parcel</source>
        <comment>parcel.unknown</comment>
        <translation>Onbekend pakket</translation>
    </message>
    <message>
        <source>No parcel selected</source>
        <comment>parcel.none</comment>
        <translation>Geen pakket gekozen</translation>
    </message>
    <message>
        <source>Parcel on hold</source>
        <comment>parcel.held</comment>
        <translation>Pakket geblokkeerd</translation>
    </message>
    <message>
        <source>On hold for a supervisor</source>
        <comment>parcel.held_for_supervisor</comment>
        <translation>Wacht op een supervisor</translation>
    </message>
    <message>
        <source>Stopped by the central service</source>
        <comment>parcel.refused</comment>
        <translation>Geblokkeerd door centraal</translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <comment>alert.pending</comment>
        <translation>Melding niet bevestigd</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <comment>alert.ack</comment>
        <translation>Melding bevestigd</translation>
    </message>
    <message>
        <source>No alert</source>
        <comment>alert.none</comment>
        <translation>Geen melding</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <comment>hold.on</comment>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>On hold, out of consolidation</source>
        <comment>hold.on_removed</comment>
        <translation>Geblokkeerd, uit consolidatie</translation>
    </message>
    <message>
        <source>Already on hold</source>
        <comment>hold.already</comment>
        <translation>Al geblokkeerd</translation>
    </message>
    <message>
        <source>Unknown hold reason</source>
        <comment>hold.unknown_reason</comment>
        <translation>Onbekende wachtreden</translation>
    </message>
    <message>
        <source>Someone else&apos;s hold</source>
        <comment>hold.not_owner</comment>
        <translation>Wachtstand van een ander</translation>
    </message>
    <message>
        <source>Hold for a supervisor</source>
        <comment>hold.for_supervisor</comment>
        <translation>Wacht voor supervisor</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>hold.off</comment>
        <translation>Vrijgegeven</translation>
    </message>
    <message>
        <source>Not on hold</source>
        <comment>hold.not_held</comment>
        <translation>Niet geblokkeerd</translation>
    </message>
    <message>
        <source>Not in the hub</source>
        <comment>hold.not_in_hub</comment>
        <translation>Niet in de hub</translation>
    </message>
    <message>
        <source>Exception resolved</source>
        <comment>resolve.done</comment>
        <translation>Uitzondering opgelost</translation>
    </message>
    <message>
        <source>Escalated to the office</source>
        <comment>resolve.escalated</comment>
        <translation>Naar kantoor geëscaleerd</translation>
    </message>
    <message>
        <source>Nothing to escalate</source>
        <comment>resolve.escalate_refusals</comment>
        <translation>Niets te escaleren</translation>
    </message>
    <message>
        <source>Say how it was resolved</source>
        <comment>resolve.need_note</comment>
        <translation>Zeg hoe het is opgelost</translation>
    </message>
    <message>
        <source>No exception</source>
        <comment>resolve.nothing</comment>
        <translation>Geen uitzondering</translation>
    </message>
    <message>
        <source>Return created</source>
        <comment>create.done</comment>
        <translation>Retour aangemaakt</translation>
    </message>
    <message>
        <source>Already has its return</source>
        <comment>create.has_return</comment>
        <translation>Heeft al zijn retour</translation>
    </message>
    <message>
        <source>Not in the hub</source>
        <comment>create.not_in_hub</comment>
        <translation>Niet in de hub</translation>
    </message>
    <message>
        <source>Name the retailer</source>
        <comment>create.need_retailer</comment>
        <translation>Noem de webwinkel</translation>
    </message>
    <message>
        <source>Field not usable</source>
        <comment>create.bad_field</comment>
        <translation>Veld onbruikbaar</translation>
    </message>
    <message>
        <source>Unknown retailer</source>
        <comment>create.unknown_retailer</comment>
        <translation>Onbekende retailer</translation>
    </message>
    <message>
        <source>Retailer not usable</source>
        <comment>create.bad_retailer</comment>
        <translation>Webwinkel onbruikbaar</translation>
    </message>
    <message>
        <source>Linked to its pre-advice</source>
        <comment>link.done</comment>
        <translation>Gekoppeld aan voormelding</translation>
    </message>
    <message>
        <source>No such pre-advice</source>
        <comment>link.unknown</comment>
        <translation>Onbekende voormelding</translation>
    </message>
    <message>
        <source>Already linked</source>
        <comment>link.already_linked</comment>
        <translation>Al gekoppeld</translation>
    </message>
    <message>
        <source>Pre-advised to another hub</source>
        <comment>link.other_hub</comment>
        <translation>Voorgemeld bij andere hub</translation>
    </message>
    <message>
        <source>Arrived already</source>
        <comment>link.arrived</comment>
        <translation>Al aangekomen</translation>
    </message>
    <message>
        <source>Arrived under another number</source>
        <comment>receive.arrived_as</comment>
        <translation>Aangekomen onder ander nummer</translation>
    </message>
    <message>
        <source>Forwarded to its hub</source>
        <comment>forward.done</comment>
        <translation>Naar zijn hub gestuurd</translation>
    </message>
    <message>
        <source>Kept here</source>
        <comment>forward.kept</comment>
        <translation>Hier gehouden</translation>
    </message>
    <message>
        <source>Not misrouted</source>
        <comment>forward.not_misrouted</comment>
        <translation>Niet verkeerd gerouteerd</translation>
    </message>
    <message>
        <source>Unexpected: needs its return</source>
        <comment>resolve.unexpected</comment>
        <translation>Onverwacht: retour nodig</translation>
    </message>
    <message>
        <source>Container opened</source>
        <comment>container.opened</comment>
        <translation>Container geopend</translation>
    </message>
    <message>
        <source>Container label taken</source>
        <comment>container.preprinted</comment>
        <translation>Containeretiket genomen</translation>
    </message>
    <message>
        <source>Container chosen</source>
        <comment>container.current</comment>
        <translation>Container gekozen</translation>
    </message>
    <message>
        <source>Container opened again</source>
        <comment>container.reopened</comment>
        <translation>Container opnieuw geopend</translation>
    </message>
    <message>
        <source>Parcel moved</source>
        <comment>container.moved</comment>
        <translation>Pakket verplaatst</translation>
    </message>
    <message>
        <source>No consolidation open</source>
        <comment>container.no_consolidation</comment>
        <translation>Geen consolidatie open</translation>
    </message>
    <message>
        <source>No container</source>
        <comment>container.none</comment>
        <translation>Geen container</translation>
    </message>
    <message>
        <source>No GS1 company prefix</source>
        <comment>container.no_prefix</comment>
        <translation>Geen GS1-bedrijfsprefix</translation>
    </message>
    <message>
        <source>SSCCs used up</source>
        <comment>container.no_prefix_left</comment>
        <translation>SSCC&apos;s op</translation>
    </message>
    <message>
        <source>Unknown container kind</source>
        <comment>container.unknown_kind</comment>
        <translation>Onbekend containertype</translation>
    </message>
    <message>
        <source>In another consolidation</source>
        <comment>container.other_consolidation</comment>
        <translation>In een andere consolidatie</translation>
    </message>
    <message>
        <source>Container closed</source>
        <comment>container.closed</comment>
        <translation>Container gesloten</translation>
    </message>
    <message>
        <source>Nothing to weigh</source>
        <comment>container.none_to_weigh</comment>
        <translation>Niets te wegen</translation>
    </message>
    <message>
        <source>Container empty</source>
        <comment>container.empty</comment>
        <translation>Container leeg</translation>
    </message>
    <message>
        <source>Weighing</source>
        <comment>container.weighing</comment>
        <translation>Wegen</translation>
    </message>
    <message>
        <source>Container weighed</source>
        <comment>container.weighed</comment>
        <translation>Container gewogen</translation>
    </message>
    <message>
        <source>Weight typed</source>
        <comment>container.weighed_by_hand</comment>
        <translation>Gewicht ingevoerd</translation>
    </message>
    <message>
        <source>Weight for a supervisor</source>
        <comment>container.weight_for_supervisor</comment>
        <translation>Gewicht voor een supervisor</translation>
    </message>
    <message>
        <source>Not a weight</source>
        <comment>container.bad_weight</comment>
        <translation>Geen gewicht</translation>
    </message>
    <message>
        <source>No weight</source>
        <comment>container.zero_weight</comment>
        <translation>Geen gewicht op de weegschaal</translation>
    </message>
    <message>
        <source>Weight too high</source>
        <comment>container.too_heavy</comment>
        <translation>Gewicht te hoog</translation>
    </message>
    <message>
        <source>Container not open</source>
        <comment>container.not_open_here</comment>
        <translation>Container niet open</translation>
    </message>
    <message>
        <source>Parcels in no container</source>
        <comment>consolidate.unpacked</comment>
        <translation>Pakketten zonder container</translation>
    </message>
    <message>
        <source>Containers not weighed</source>
        <comment>consolidate.unweighed</comment>
        <translation>Containers niet gewogen</translation>
    </message>
    <message>
        <source>Customs data missing</source>
        <comment>consolidate.customs_missing</comment>
        <translation>Douanegegevens ontbreken</translation>
    </message>
    <message>
        <source>Closed: to hand over</source>
        <comment>consolidate.to_hand_over</comment>
        <translation>Gesloten: over te dragen</translation>
    </message>
    <message>
        <source>Handover open</source>
        <comment>handover.opened</comment>
        <translation>Overdracht open</translation>
    </message>
    <message>
        <source>Carrier and trailer</source>
        <comment>handover.needs_trailer</comment>
        <translation>Vervoerder en trailer</translation>
    </message>
    <message>
        <source>Handover open</source>
        <comment>handover.already_open</comment>
        <translation>Overdracht open</translation>
    </message>
    <message>
        <source>Containers only</source>
        <comment>handover.containers_only</comment>
        <translation>Alleen containers</translation>
    </message>
    <message>
        <source>Container loaded</source>
        <comment>handover.loaded</comment>
        <translation>Container geladen</translation>
    </message>
    <message>
        <source>Already loaded</source>
        <comment>handover.already_loaded</comment>
        <translation>Al geladen</translation>
    </message>
    <message>
        <source>Loaded at another bench</source>
        <comment>handover.loaded_elsewhere</comment>
        <translation>Geladen op een andere werkplek</translation>
    </message>
    <message>
        <source>Already handed over</source>
        <comment>handover.gone</comment>
        <translation>Al overgedragen</translation>
    </message>
    <message>
        <source>Consolidation open</source>
        <comment>handover.not_closed</comment>
        <translation>Consolidatie open</translation>
    </message>
    <message>
        <source>Unknown container</source>
        <comment>handover.unknown_container</comment>
        <translation>Onbekende container</translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <comment>handover.empty</comment>
        <translation>Niets geladen</translation>
    </message>
    <message>
        <source>Containers left behind</source>
        <comment>handover.left_behind</comment>
        <translation>Containers achtergelaten</translation>
    </message>
    <message>
        <source>A parcel is stopped</source>
        <comment>handover.member_refused</comment>
        <translation>Een pakket is geblokkeerd</translation>
    </message>
    <message>
        <source>Handed over: exported</source>
        <comment>handover.closed</comment>
        <translation>Overgedragen: geëxporteerd</translation>
    </message>
    <message>
        <source>Handover cancelled</source>
        <comment>handover.cancelled</comment>
        <translation>Overdracht geannuleerd</translation>
    </message>
    <message>
        <source>Consolidation reopened</source>
        <comment>reopen.done</comment>
        <translation>Consolidatie heropend</translation>
    </message>
    <message>
        <source>Not closed here</source>
        <comment>reopen.unknown</comment>
        <translation>Hier niet gesloten</translation>
    </message>
    <message>
        <source>Already loaded</source>
        <comment>reopen.gone</comment>
        <translation>Al geladen</translation>
    </message>
    <message>
        <source>Another one open</source>
        <comment>reopen.other_open</comment>
        <translation>Een andere open</translation>
    </message>
    <message>
        <source>For a supervisor</source>
        <comment>reopen.for_supervisor</comment>
        <translation>Voor een supervisor</translation>
    </message>
    <message>
        <source>No scale</source>
        <comment>scale.none</comment>
        <translation>Geen weegschaal</translation>
    </message>
    <message>
        <source>Scale not found</source>
        <comment>scale.unplugged</comment>
        <translation>Weegschaal niet gevonden</translation>
    </message>
    <message>
        <source>Scale silent</source>
        <comment>scale.no_answer</comment>
        <translation>Weegschaal zwijgt</translation>
    </message>
    <message>
        <source>Scale not steady</source>
        <comment>scale.unstable</comment>
        <translation>Weegschaal niet stabiel</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <comment>scale.overload</comment>
        <translation>Weegschaal overbelast</translation>
    </message>
    <message>
        <source>Scale below zero</source>
        <comment>scale.underload</comment>
        <translation>Weegschaal onder nul</translation>
    </message>
    <message>
        <source>Scale refused</source>
        <comment>scale.refused</comment>
        <translation>Weegschaal weigerde</translation>
    </message>
    <message>
        <source>Scale reply unreadable</source>
        <comment>scale.unreadable</comment>
        <translation>Antwoord weegschaal onleesbaar</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>receive.ok</comment>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Received: alert</source>
        <comment>receive.alert</comment>
        <translation>Ontvangen: melding</translation>
    </message>
    <message>
        <source>Received, held: refused</source>
        <comment>receive.held_refused</comment>
        <translation>Ontvangen, wacht: geweigerd</translation>
    </message>
    <message>
        <source>Received, held: cancelled</source>
        <comment>receive.held_cancelled</comment>
        <translation>Ontvangen, wacht: geannuleerd</translation>
    </message>
    <message>
        <source>Received, approval pending</source>
        <comment>receive.pending_approval</comment>
        <translation>Ontvangen, nog niet goedgekeurd</translation>
    </message>
    <message>
        <source>Received, not pre-advised</source>
        <comment>receive.unexpected</comment>
        <translation>Ontvangen, niet vooraangemeld</translation>
    </message>
    <message>
        <source>Already received</source>
        <comment>receive.repeat</comment>
        <translation>Al ontvangen</translation>
    </message>
    <message>
        <source>Already exported</source>
        <comment>receive.exported</comment>
        <translation>Al geëxporteerd</translation>
    </message>
    <message>
        <source>Already rejected</source>
        <comment>receive.rejected</comment>
        <translation>Al afgekeurd</translation>
    </message>
    <message>
        <source>Already delivered</source>
        <comment>receive.delivered</comment>
        <translation>Al afgeleverd</translation>
    </message>
    <message>
        <source>For another hub</source>
        <comment>receive.other_hub</comment>
        <translation>Voor een andere hub</translation>
    </message>
    <message>
        <source>Item, not a parcel</source>
        <comment>receive.not_parcel</comment>
        <translation>Artikel, geen pakket</translation>
    </message>
    <message>
        <source>Processing started</source>
        <comment>process.started</comment>
        <translation>Verwerking gestart</translation>
    </message>
    <message>
        <source>Processing started: alert</source>
        <comment>process.started_alert</comment>
        <translation>Verwerking gestart: melding</translation>
    </message>
    <message>
        <source>Started, not pre-advised</source>
        <comment>process.started_unexpected</comment>
        <translation>Gestart, niet vooraangemeld</translation>
    </message>
    <message>
        <source>Processing resumed</source>
        <comment>process.resumed</comment>
        <translation>Verwerking hervat</translation>
    </message>
    <message>
        <source>Parcel switched</source>
        <comment>process.switched</comment>
        <translation>Pakket gewisseld</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <comment>process.not_received</comment>
        <translation>Nog niet ontvangen</translation>
    </message>
    <message>
        <source>Already processed</source>
        <comment>process.already_processed</comment>
        <translation>Al verwerkt</translation>
    </message>
    <message>
        <source>Cannot be processed</source>
        <comment>process.closed</comment>
        <translation>Verwerken niet mogelijk</translation>
    </message>
    <message>
        <source>Item scanned</source>
        <comment>process.item_ok</comment>
        <translation>Artikel gescand</translation>
    </message>
    <message>
        <source>More than expected</source>
        <comment>process.item_over</comment>
        <translation>Meer dan verwacht</translation>
    </message>
    <message>
        <source>Extra item</source>
        <comment>process.item_extra</comment>
        <translation>Extra artikel</translation>
    </message>
    <message>
        <source>Graded</source>
        <comment>process.graded</comment>
        <translation>Kwaliteit toegekend</translation>
    </message>
    <message>
        <source>Grade not used here</source>
        <comment>process.bad_grade</comment>
        <translation>Kwaliteit hier niet gebruikt</translation>
    </message>
    <message>
        <source>Nothing to grade</source>
        <comment>process.nothing_to_grade</comment>
        <translation>Niets te beoordelen</translation>
    </message>
    <message>
        <source>Disposition given</source>
        <comment>process.disposed</comment>
        <translation>Bestemming gegeven</translation>
    </message>
    <message>
        <source>Disposition not used here</source>
        <comment>process.bad_disposition</comment>
        <translation>Bestemming niet gebruikt</translation>
    </message>
    <message>
        <source>Nothing to dispose of</source>
        <comment>process.nothing_to_dispose</comment>
        <translation>Niets om te bestemmen</translation>
    </message>
    <message>
        <source>No items scanned</source>
        <comment>process.no_items</comment>
        <translation>Geen artikelen gescand</translation>
    </message>
    <message>
        <source>Item rejected</source>
        <comment>process.item_rejected</comment>
        <translation>Artikel afgewezen</translation>
    </message>
    <message>
        <source>Nothing to reject</source>
        <comment>process.nothing_to_reject</comment>
        <translation>Niets af te wijzen</translation>
    </message>
    <message>
        <source>Photo kept</source>
        <comment>process.item_evidence</comment>
        <translation>Foto bewaard</translation>
    </message>
    <message>
        <source>Processed</source>
        <comment>process.done</comment>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <source>Processed with differences</source>
        <comment>process.done_discrepancy</comment>
        <translation>Verwerkt met verschillen</translation>
    </message>
    <message>
        <source>Parcel selected</source>
        <comment>reject.parcel</comment>
        <translation>Pakket gekozen</translation>
    </message>
    <message>
        <source>Reason chosen</source>
        <comment>reject.reason</comment>
        <translation>Reden gekozen</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <comment>reject.unknown_reason</comment>
        <translation>Onbekende reden</translation>
    </message>
    <message>
        <source>Note added</source>
        <comment>reject.note</comment>
        <translation>Notitie toegevoegd</translation>
    </message>
    <message>
        <source>Photo kept</source>
        <comment>reject.evidence</comment>
        <translation>Foto bewaard</translation>
    </message>
    <message>
        <source>Unknown photo</source>
        <comment>reject.bad_evidence</comment>
        <translation>Onbekende foto</translation>
    </message>
    <message>
        <source>Too many photos</source>
        <comment>reject.too_much_evidence</comment>
        <translation>Te veel foto&apos;s</translation>
    </message>
    <message>
        <source>Photo not kept</source>
        <comment>reject.photo_unusable</comment>
        <translation>Foto niet bewaard</translation>
    </message>
    <message>
        <source>Reason missing</source>
        <comment>reject.need_reason</comment>
        <translation>Reden ontbreekt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>reject.done</comment>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <source>Sign-off needed</source>
        <comment>reject.needs_signoff</comment>
        <translation>Aftekening nodig</translation>
    </message>
    <message>
        <source>Rejected, signed off</source>
        <comment>reject.signed_off</comment>
        <translation>Afgekeurd en afgetekend</translation>
    </message>
    <message>
        <source>Cannot be rejected</source>
        <comment>reject.not_in_hub</comment>
        <translation>Afkeuren niet mogelijk</translation>
    </message>
    <message>
        <source>Consolidation opened</source>
        <comment>consolidate.opened</comment>
        <translation>Consolidatie geopend</translation>
    </message>
    <message>
        <source>Consolidation resumed</source>
        <comment>consolidate.resumed</comment>
        <translation>Consolidatie hervat</translation>
    </message>
    <message>
        <source>Parcel added</source>
        <comment>consolidate.added</comment>
        <translation>Pakket toegevoegd</translation>
    </message>
    <message>
        <source>Added, consolidation opened</source>
        <comment>consolidate.opened_added</comment>
        <translation>Toegevoegd, consolidatie geopend</translation>
    </message>
    <message>
        <source>Already added</source>
        <comment>consolidate.already_in</comment>
        <translation>Al toegevoegd</translation>
    </message>
    <message>
        <source>In another consolidation</source>
        <comment>consolidate.in_other</comment>
        <translation>In een andere consolidatie</translation>
    </message>
    <message>
        <source>At another bench</source>
        <comment>consolidate.at_other_bench</comment>
        <translation>Op een andere werkplek</translation>
    </message>
    <message>
        <source>Rejected: not for export</source>
        <comment>consolidate.rejected</comment>
        <translation>Afgekeurd: niet exporteren</translation>
    </message>
    <message>
        <source>Already exported</source>
        <comment>consolidate.exported</comment>
        <translation>Al geëxporteerd</translation>
    </message>
    <message>
        <source>Not processed</source>
        <comment>consolidate.unprocessed</comment>
        <translation>Niet verwerkt</translation>
    </message>
    <message>
        <source>Other destination</source>
        <comment>consolidate.other_destination</comment>
        <translation>Andere bestemming</translation>
    </message>
    <message>
        <source>Test return: kept apart</source>
        <comment>consolidate.test_apart</comment>
        <translation>Testretour: apart gehouden</translation>
    </message>
    <message>
        <source>Real return: not in a test</source>
        <comment>consolidate.real_apart</comment>
        <translation>Echte retour: niet in een test</translation>
    </message>
    <message>
        <source>No destination</source>
        <comment>consolidate.no_destination</comment>
        <translation>Geen bestemming</translation>
    </message>
    <message>
        <source>Unknown destination</source>
        <comment>consolidate.unknown_destination</comment>
        <translation>Onbekende bestemming</translation>
    </message>
    <message>
        <source>No consolidation open</source>
        <comment>consolidate.none_open</comment>
        <translation>Geen consolidatie open</translation>
    </message>
    <message>
        <source>Consolidation empty</source>
        <comment>consolidate.empty</comment>
        <translation>Consolidatie leeg</translation>
    </message>
    <message>
        <source>Closed: to hand over</source>
        <comment>consolidate.closed</comment>
        <translation>Gesloten: over te dragen</translation>
    </message>
    <message>
        <source>Closed and exported</source>
        <comment>consolidate.closed_test</comment>
        <translation>Gesloten en geëxporteerd</translation>
    </message>
    <message>
        <source>A parcel is stopped</source>
        <comment>consolidate.member_refused</comment>
        <translation>Een pakket is geblokkeerd</translation>
    </message>
    <message>
        <source>Consolidation cancelled</source>
        <comment>consolidate.cancelled</comment>
        <translation>Consolidatie geannuleerd</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Evidence photo</source>
        <translation>Bewijsfoto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>No label printer is set: set printer.url in the settings.</source>
        <translation>Geen labelprinter ingesteld: stel printer.url in bij de instellingen.</translation>
    </message>
    <message>
        <source>The central service is set up but this station has no token: run &apos;hubscan token set&apos;.</source>
        <translation>De centrale dienst is ingesteld maar dit werkstation heeft geen token: voer &apos;hubscan token set&apos; uit.</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>dispatcher</source>
        <translation>expeditie</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>ontvangst</translation>
    </message>
    <message>
        <source>process</source>
        <translation>verwerking</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>afkeuring</translation>
    </message>
    <message>
        <source>consolidate</source>
        <translation>consolidatie</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Ontvangst</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afkeuring</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidatie</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
</TS>
