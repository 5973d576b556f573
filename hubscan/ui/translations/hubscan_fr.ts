<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CameraDialog</name>
    <message>
        <source>Evidence photo</source>
        <translation>Photo de preuve</translation>
    </message>
    <message>
        <source>Enter: take the photo · Esc: cancel</source>
        <translation>Entrée : prendre la photo · Échap : annuler</translation>
    </message>
    <message>
        <source>The camera failed: {0}. Esc, then choose a file instead.</source>
        <translation>La caméra a échoué : {0}. Échap, puis choisissez un fichier.</translation>
    </message>
</context>
<context>
    <name>ConsolidationsPanel</name>
    <message>
        <source>Open consolidations</source>
        <translation>Consolidations ouvertes</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenants</translation>
    </message>
    <message>
        <source>Last connote label · Ctrl+R reprints it (with a reason)</source>
        <translation>Dernière étiquette connote · Ctrl+R la réimprime (avec un motif)</translation>
    </message>
    <message>
        <source>{0} ({1} weighed)</source>
        <translation>{0} ({1} pesé(s))</translation>
    </message>
    <message>
        <source>Handover open: {0}, {1} container(s) loaded</source>
        <translation>Remise ouverte : {0}, {1} contenant(s) chargé(s)</translation>
    </message>
    <message>
        <source>To hand over: {0} container(s) of {1} closed consolidation(s)</source>
        <translation>À remettre : {0} contenant(s) de {1} consolidation(s) clôturée(s)</translation>
    </message>
</context>
<context>
    <name>CrashDialogs</name>
    <message>
        <source>HubScan: unexpected error</source>
        <translation>HubScan : erreur inattendue</translation>
    </message>
    <message>
        <source>HubScan hit an unexpected error: {0}

Scans already answered are saved. If the window stops answering, close HubScan and start it again, and tell IT.</source>
        <translation>HubScan a rencontré une erreur inattendue : {0}

Les scans déjà confirmés sont enregistrés. Si la fenêtre ne répond plus, fermez HubScan, relancez-le et prévenez l’informatique.</translation>
    </message>
    <message>
        <source>The crash report for IT: {0}</source>
        <translation>Le rapport d’incident pour l’informatique : {0}</translation>
    </message>
</context>
<context>
    <name>CreateReturnDialog</name>
    <message>
        <source>Give {0} its return</source>
        <translation>Donner son retour à {0}</translation>
    </message>
    <message>
        <source>the one the pre-advice names with the destination</source>
        <translation>celui que la pré-annonce associe à la destination</translation>
    </message>
    <message>
        <source>e.g. REFUND, EXCHANGE</source>
        <translation>p. ex. REFUND, EXCHANGE</translation>
    </message>
    <message>
        <source>Create the return</source>
        <translation>Créer le retour</translation>
    </message>
    <message>
        <source>{0} was received without pre-advice. Where does it go? Its items are recorded at the process station as not specified.</source>
        <translation>{0} a été reçu sans pré-annonce. Où va-t-il ? Ses articles sont enregistrés au traitement comme non précisés.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>Type de retour</translation>
    </message>
</context>
<context>
    <name>ExceptionsView</name>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Give it its return…</source>
        <translation>Lui donner son retour…</translation>
    </message>
    <message>
        <source>Send to its hub</source>
        <translation>Envoyer à son hub</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Garder ici</translation>
    </message>
    <message>
        <source>Find its pre-advice…</source>
        <translation>Trouver sa pré-annonce…</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} j {1} h</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>✖ on hold</source>
        <translation>✖ en attente</translation>
    </message>
    <message>
        <source>⚠ unexpected</source>
        <translation>⚠ inattendu</translation>
    </message>
    <message>
        <source>✖ refused by central</source>
        <translation>✖ refusé par le central</translation>
    </message>
    <message>
        <source>⚠ misrouted</source>
        <translation>⚠ mal acheminé</translation>
    </message>
    <message>
        <source>⌛ in the hub too long</source>
        <translation>⌛ trop longtemps au hub</translation>
    </message>
    <message>
        <source>{0} return(s) need attention. A hold is released (HS:RELEASE) by whoever holds it or a supervisor. A supervisor sends a misrouted parcel to its hub or keeps it here, finds an unexpected parcel&apos;s pre-advice or gives it its return, and resolves a refusal with a note. Parcels in the hub too long come last, oldest first.</source>
        <translation>{0} retour(s) demandent de l&apos;attention. Une mise en attente est levée (HS:RELEASE) par la personne qui l&apos;a posée ou par un superviseur. Un superviseur envoie un colis mal acheminé à son hub ou le garde ici, trouve la pré-annonce d&apos;un colis inattendu ou lui donne son retour, et résout un refus avec une note. Les colis restés trop longtemps au hub viennent en dernier, les plus anciens d&apos;abord.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
</context>
<context>
    <name>FeedbackBanner</name>
    <message>
        <source>Ready. Scan a barcode.</source>
        <translation>Prêt. Scannez un code-barres.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>VÉRIFIER</translation>
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
        <translation>Trouver la pré-annonce de {0}</translation>
    </message>
    <message>
        <source>order number, customer reference, SKU or barcode</source>
        <translation>numéro de commande, référence client, SKU ou code-barres</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Enseigne</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer ref.</source>
        <translation>Réf. client</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Link to this return</source>
        <translation>Lier à ce retour</translation>
    </message>
    <message>
        <source>{0} was received without pre-advice. Look for its return by what the parcel shows: the order number or customer reference on the packing slip, or an item&apos;s SKU or barcode. Only returns not arrived yet are found.</source>
        <translation>{0} a été reçu sans pré-annonce. Cherchez son retour d&apos;après ce que montre le colis : le numéro de commande ou la référence client du bordereau, ou le SKU ou code-barres d&apos;un article. Seuls les retours pas encore arrivés sont trouvés.</translation>
    </message>
    <message>
        <source>{0} return(s) found.</source>
        <translation>{0} retour(s) trouvé(s).</translation>
    </message>
    <message>
        <source>No return found.</source>
        <translation>Aucun retour trouvé.</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>numéro de suivi</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numéro de commande</translation>
    </message>
    <message>
        <source>customer reference</source>
        <translation>référence client</translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation>SKU ou code-barres</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>HubScan · hub {0} · workstation {1}</source>
        <translation>HubScan · hub {0} · poste {1}</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Scannez votre badge</translation>
    </message>
    <message>
        <source>Hold your badge under the scanner.</source>
        <translation>Présentez votre badge sous le scanner.</translation>
    </message>
    <message>
        <source>No badge to hand? Type your badge id, Enter, then your PIN, Enter:</source>
        <translation>Pas de badge sous la main ? Tapez votre identifiant, Entrée, puis votre code PIN, Entrée :</translation>
    </message>
    <message>
        <source>badge id, e.g. OP1001</source>
        <translation>identifiant, p. ex. OP1001</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>code PIN</translation>
    </message>
    <message>
        <source>Now type your PIN and press Enter.</source>
        <translation>Tapez maintenant votre code PIN et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>HubScan stopped unexpectedly last time ({0}). Work on as normal; tell IT. Report: {1}</source>
        <translation>HubScan s’est arrêté de façon inattendue la dernière fois ({0}). Continuez normalement ; prévenez l’informatique. Rapport : {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HubScan — hub {0}, workstation {1}</source>
        <translation>HubScan — hub {0}, poste {1}</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Exceptions  F5</source>
        <translation>Exceptions  F5</translation>
    </message>
    <message>
        <source>Sync  F6</source>
        <translation>Synchro  F6</translation>
    </message>
    <message>
        <source>Search  F7</source>
        <translation>Recherche  F7</translation>
    </message>
    <message>
        <source>Next language: English, French, Dutch</source>
        <translation>Langue suivante : anglais, français, néerlandais</translation>
    </message>
    <message>
        <source>Only an admin imports manifests (Ctrl+I).</source>
        <translation>Seul un administrateur importe des manifestes (Ctrl+I).</translation>
    </message>
    <message>
        <source>Manifest to import</source>
        <translation>Manifeste à importer</translation>
    </message>
    <message>
        <source>Only an admin changes the settings (F10).</source>
        <translation>Seul un administrateur modifie les paramètres (F10).</translation>
    </message>
    <message>
        <source>central service reachable</source>
        <translation>service central joignable</translation>
    </message>
    <message>
        <source>Central service unreachable: {0} event(s) wait and are kept; they are sent when it answers. Scanning goes on.</source>
        <translation>Service central injoignable : {0} événement(s) en attente, conservés ; ils partiront dès qu&apos;il répondra. Continuez à scanner.</translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translation>personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>NOT DONE: {0} ({1}). Try again; if it keeps failing, call IT.</source>
        <translation>PAS FAIT : {0} ({1}). Réessayez ; si cela persiste, appelez l&apos;informatique.</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>imprimante</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>scanner</translation>
    </message>
    <message>
        <source>central</source>
        <translation>central</translation>
    </message>
</context>
<context>
    <name>ManifestImport</name>
    <message>
        <source>{0}: checking %p%</source>
        <translation>{0} : vérification %p%</translation>
    </message>
    <message>
        <source>importing %p%</source>
        <translation>importation %p%</translation>
    </message>
    <message>
        <source>Manifest imported: {0} pre-advised returns.</source>
        <translation>Manifeste importé : {0} retours pré-annoncés.</translation>
    </message>
    <message>
        <source>line {0}: {1}</source>
        <translation>ligne {0} : {1}</translation>
    </message>
    <message>
        <source>Manifest NOT imported, nothing changed: {0} bad line(s). {1}</source>
        <translation>Manifeste NON importé, rien n&apos;a changé : {0} ligne(s) erronée(s). {1}</translation>
    </message>
</context>
<context>
    <name>MisroutedAction</name>
    <message>
        <source>Send {0} on to the hub it was pre-advised to? It goes unopened, in a consolidation to that hub.</source>
        <translation>Envoyer {0} au hub auquel il était pré-annoncé ? Il part sans être ouvert, dans une consolidation vers ce hub.</translation>
    </message>
    <message>
        <source>Keep {0} here and work it as this hub&apos;s? Its hub takes it off its lists.</source>
        <translation>Garder {0} ici et le traiter comme celui de ce hub ? Son hub le retire de ses listes.</translation>
    </message>
    <message>
        <source>Misrouted parcel</source>
        <translation>Colis mal acheminé</translation>
    </message>
    <message>
        <source>Send to its hub</source>
        <translation>Envoyer à son hub</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Garder ici</translation>
    </message>
</context>
<context>
    <name>ParcelPanel</name>
    <message>
        <source>Current parcel</source>
        <translation>Colis en cours</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanné</translation>
    </message>
    <message>
        <source>Shopper&apos;s reason</source>
        <translation>Motif du client</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Destination de l&apos;article</translation>
    </message>
    <message>
        <source>No parcel</source>
        <translation>Aucun colis</translation>
    </message>
    <message>
        <source>Scan a parcel&apos;s tracking barcode.</source>
        <translation>Scannez le code-barres de suivi d&apos;un colis.</translation>
    </message>
    <message>
        <source>TEST return: not for shipping</source>
        <translation>Retour TEST : à ne pas expédier</translation>
    </message>
    <message>
        <source>✖ refused by the retailer</source>
        <translation>✖ refusé par le marchand</translation>
    </message>
    <message>
        <source>✖ cancelled by the retailer</source>
        <translation>✖ annulé par le marchand</translation>
    </message>
    <message>
        <source>approval pending</source>
        <translation>accord en attente</translation>
    </message>
    <message>
        <source>✖ ON HOLD ({0}) by {1}</source>
        <translation>✖ EN ATTENTE ({0}) par {1}</translation>
    </message>
    <message>
        <source>✖ ON HOLD ({0}) for a supervisor</source>
        <translation>✖ EN ATTENTE ({0}) pour un superviseur</translation>
    </message>
    <message>
        <source>⚠ not pre-advised</source>
        <translation>⚠ non pré-annoncé</translation>
    </message>
    <message>
        <source>faulty: to {0}</source>
        <translation>défectueux : vers {0}</translation>
    </message>
    <message>
        <source>faulty-return flow</source>
        <translation>retour défectueux</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>retailer unknown</source>
        <translation>commerçant inconnu</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>vers {0}</translation>
    </message>
    <message>
        <source>reason: {0}</source>
        <translation>motif : {0}</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>note : {0}</translation>
    </message>
    <message>
        <source>central: {0}</source>
        <translation>central : {0}</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Non attendu</translation>
    </message>
    <message>
        <source>{0} too many</source>
        <translation>{0} en trop</translation>
    </message>
    <message>
        <source>{0} to go</source>
        <translation>encore {0}</translation>
    </message>
    <message>
        <source>order {0}</source>
        <translation>commande {0}</translation>
    </message>
    <message>
        <source>customer ref. {0}</source>
        <translation>réf. client {0}</translation>
    </message>
    <message>
        <source>type: {0}</source>
        <translation>type : {0}</translation>
    </message>
    <message>
        <source>reasons: {0}</source>
        <translation>motifs : {0}</translation>
    </message>
</context>
<context>
    <name>RecentScansPanel</name>
    <message>
        <source>Last scans</source>
        <translation>Derniers scans</translation>
    </message>
    <message>
        <source>label not printed</source>
        <translation>étiquette non imprimée</translation>
    </message>
    <message>
        <source>label waiting to print</source>
        <translation>étiquette en attente d’impression</translation>
    </message>
</context>
<context>
    <name>ReprintAction</name>
    <message>
        <source>Reprint the last label</source>
        <translation>Réimprimer la dernière étiquette</translation>
    </message>
    <message>
        <source>Why is it reprinted (torn, smudged, lost)?</source>
        <translation>Pourquoi la réimprimer (déchirée, tachée, perdue) ?</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve the exception of {0}</source>
        <translation>Résoudre l&apos;exception de {0}</translation>
    </message>
    <message>
        <source>Accept what the central service kept, or escalate it to the office? Say why in a note.</source>
        <translation>Accepter ce que le service central a retenu, ou le remonter au bureau ? Dites pourquoi dans une note.</translation>
    </message>
    <message>
        <source>How was it resolved (sent on to its hub, kept here, checked with the office)?</source>
        <translation>Comment a-t-elle été résolue (envoyé vers son hub, gardé ici, vérifié avec le bureau) ?</translation>
    </message>
    <message>
        <source>Accept the service&apos;s view</source>
        <translation>Accepter l&apos;avis du service</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Escalate to the office</source>
        <translation>Remonter au bureau</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Scan or type a tracking number, then Enter</source>
        <translation>Scannez ou tapez un numéro de suivi, puis Entrée</translation>
    </message>
    <message>
        <source>At this workstation</source>
        <translation>Sur ce poste</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Central service (every hub)</source>
        <translation>Service central (tous les hubs)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Not known at this workstation.</source>
        <translation>Inconnu sur ce poste.</translation>
    </message>
    <message>
        <source>✖ ON HOLD</source>
        <translation>✖ EN ATTENTE</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>This window was started without a settings file.</source>
        <translation>Cette fenêtre a été lancée sans fichier de paramètres.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings (admin)</source>
        <translation>Paramètres (administrateur)</translation>
    </message>
    <message>
        <source>Hub id (3 letters or digits)</source>
        <translation>Identifiant du hub (3 lettres ou chiffres)</translation>
    </message>
    <message>
        <source>Workstation id (2 letters or digits)</source>
        <translation>Identifiant du poste (2 lettres ou chiffres)</translation>
    </message>
    <message>
        <source>Serial scanner (/dev/ttyACM0, COM3; empty: keyboard-wedge only)</source>
        <translation>Scanner série (/dev/ttyACM0, COM3 ; vide : émulation clavier seulement)</translation>
    </message>
    <message>
        <source>Label printer (tcp://HOST:9100, spooler://QUEUE, file://PATH)</source>
        <translation>Imprimante d&apos;étiquettes (tcp://HÔTE:9100, spooler://FILE, file://CHEMIN)</translation>
    </message>
    <message>
        <source>Central service (https://...; empty: offline)</source>
        <translation>Service central (https://... ; vide : hors ligne)</translation>
    </message>
    <message>
        <source>Printer resolution (dpi)</source>
        <translation>Résolution de l&apos;imprimante (dpi)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Central token (kept in the OS keyring)</source>
        <translation>Jeton du service central (gardé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Scan something: it shows here, and nothing else happens.</source>
        <translation>Scannez quelque chose : cela s&apos;affiche ici, rien d&apos;autre ne se passe.</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Test du scanner</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <source>This shift</source>
        <translation>Cette équipe</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportés</translation>
    </message>
    <message>
        <source>Scans / hour</source>
        <translation>Scans / heure</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>HubScan cannot start.</source>
        <translation>HubScan ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>IT: &apos;hubscan config check&apos; lists every bad setting; &apos;hubscan doctor&apos; checks the station.</source>
        <translation>Informatique : « hubscan config check » liste chaque réglage erroné ; « hubscan doctor » vérifie le poste.</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <source>RECEIVE · Scan each inbound parcel&apos;s tracking barcode. Hold: HS:HOLD or HS:HOLD:&lt;reason&gt; &lt;note&gt; · Release: HS:RELEASE · Log out: HS:LOGOUT</source>
        <translation>RÉCEPTION · Scannez le code de suivi de chaque colis entrant. Mettre en attente : HS:HOLD ou HS:HOLD:&lt;motif&gt; &lt;note&gt; · Lever : HS:RELEASE · Déconnexion : HS:LOGOUT</translation>
    </message>
    <message>
        <source>RECEIVE · Scan each inbound parcel&apos;s tracking barcode. Log out: HS:LOGOUT</source>
        <translation>RÉCEPTION · Scannez le code de suivi de chaque colis entrant. Déconnexion : HS:LOGOUT</translation>
    </message>
    <message>
        <source>PROCESS · Scan the parcel, then each item inside. Grade: HS:GRADE:B · Reject an item: HS:REJECTITEM:DAMAGED, then F8 for its photo · Finish: HS:DONE · Start again: HS:CANCEL · To reject the parcel: HS:REASON:DAMAGED, then a supervisor&apos;s badge</source>
        <translation>TRAITEMENT · Scannez le colis, puis chaque article. Grade : HS:GRADE:B · Refuser un article : HS:REJECTITEM:DAMAGED, puis F8 pour sa photo · Terminer : HS:DONE · Recommencer : HS:CANCEL · Pour refuser le colis : HS:REASON:DAMAGED, puis le badge d&apos;un superviseur</translation>
    </message>
    <message>
        <source>REJECT · Scan the parcel, a reason (HS:REASON:DAMAGED), a note if needed (HS:NOTE:text), photos (F8 or HS:PHOTO), then HS:DONE · Start again: HS:CANCEL</source>
        <translation>REFUS · Scannez le colis, un motif (HS:REASON:DAMAGED), une note si besoin (HS:NOTE:texte), des photos (F8 ou HS:PHOTO), puis HS:DONE · Recommencer : HS:CANCEL</translation>
    </message>
    <message>
        <source>CONSOLIDATE · Scan processed parcels for one destination into a container, HS:WEIGH each container, HS:DONE to close and print the connote · HS:HANDOVER:&lt;carrier&gt; &lt;trailer&gt; loads closed ones · Start again: HS:CANCEL</source>
        <translation>CONSOLIDATION · Scannez les colis traités d&apos;une destination dans un contenant, HS:WEIGH pour chaque contenant, HS:DONE pour clôturer et imprimer le connote · HS:HANDOVER:&lt;transporteur&gt; &lt;remorque&gt; charge les clôturés · Recommencer : HS:CANCEL</translation>
    </message>
    <message>
        <source>⚠ ALERT on {0}: {1}  ·  Scan HS:ACK once done.</source>
        <translation>⚠ ALERTE sur {0} : {1}  ·  Scannez HS:ACK une fois fait.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync with the central service</source>
        <translation>Synchronisation avec le service central</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Service central</translation>
    </message>
    <message>
        <source>Events waiting to be sent</source>
        <translation>Événements en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Oldest waiting event</source>
        <translation>Plus ancien événement en attente</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Events the central service refused</source>
        <translation>Événements refusés par le service central</translation>
    </message>
    <message>
        <source>Photos waiting to be sent</source>
        <translation>Photos en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>not set up: this station works offline (set central.url)</source>
        <translation>non configuré : ce poste travaille hors ligne (réglez central.url)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>({0} no longer tried: {1})</source>
        <translation>({0} abandonnées : {1})</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <source>printer {url} does not answer ({reason}). Check that it is on and connected to the network, then print again.</source>
        <translation>l’imprimante {url} ne répond pas ({reason}). Vérifiez qu’elle est allumée et reliée au réseau, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>printer {url} gives no status: it is probably out of labels, its head is open or it is in an error state. Check the printer, close the head, press FEED, then print again.</source>
        <translation>l’imprimante {url} ne donne pas d’état : elle n’a probablement plus d’étiquettes, sa tête est ouverte ou elle est en erreur. Vérifiez l’imprimante, fermez la tête, appuyez sur FEED, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>printer {url} sent a status HubScan cannot read ({reason}). Is it a Zebra?</source>
        <translation>l’imprimante {url} a envoyé un état illisible pour HubScan ({reason}). Est-ce une Zebra ?</translation>
    </message>
    <message>
        <source>printer {url}: {faults}. Then print again.</source>
        <translation>imprimante {url} : {faults}. Puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>printer {url} dropped the job ({reason}). Print again.</source>
        <translation>l’imprimante {url} a perdu le travail ({reason}). Imprimez à nouveau.</translation>
    </message>
    <message>
        <source>cannot write labels to {path}: {reason}</source>
        <translation>impossible d’écrire les étiquettes dans {path} : {reason}</translation>
    </message>
    <message>
        <source>out of labels: load a new roll</source>
        <translation>plus d’étiquettes : chargez un nouveau rouleau</translation>
    </message>
    <message>
        <source>the print head is open: close it</source>
        <translation>la tête d’impression est ouverte : fermez-la</translation>
    </message>
    <message>
        <source>out of ribbon: load a new ribbon</source>
        <translation>plus de ruban : chargez un nouveau ruban</translation>
    </message>
    <message>
        <source>paused: press PAUSE on the printer to resume</source>
        <translation>en pause : appuyez sur PAUSE sur l’imprimante pour reprendre</translation>
    </message>
    <message>
        <source>its memory is full: wait a moment</source>
        <translation>sa mémoire est pleine : patientez un instant</translation>
    </message>
    <message>
        <source>the head is too hot: let it cool down</source>
        <translation>la tête est trop chaude : laissez-la refroidir</translation>
    </message>
    <message>
        <source>the head is too cold: wait for it to warm up</source>
        <translation>la tête est trop froide : attendez qu’elle chauffe</translation>
    </message>
    <message>
        <source>print queue {queue} is not known to the spooler ({reason}). Check the queue name in the settings, or add the printer to the system.</source>
        <translation>la file d’impression {queue} est inconnue du spouleur ({reason}). Vérifiez le nom de la file dans les réglages, ou ajoutez l’imprimante au système.</translation>
    </message>
    <message>
        <source>print queue {queue} is stopped. Start it again (cupsenable {name}).</source>
        <translation>la file d’impression {queue} est arrêtée. Relancez-la (cupsenable {name}).</translation>
    </message>
    <message>
        <source>print queue {queue}: {reason}</source>
        <translation>file d’impression {queue} : {reason}</translation>
    </message>
    <message>
        <source>print queue {queue} did not accept the job. Check the queue in the printer settings of the system, then print again.</source>
        <translation>la file d’impression {queue} n’a pas accepté le travail. Vérifiez la file dans les réglages d’impression du système, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>{what} waits: no printer is set for this station</source>
        <translation>{what} en attente : aucune imprimante n’est réglée pour ce poste</translation>
    </message>
    <message>
        <source>{what} NOT printed: {fault} It is kept as print job {job}: scan HS:RETRY when the printer is ready (or hubscan print retry {job}).</source>
        <translation>{what} NON imprimée : {fault} Elle est gardée comme travail {job} : scannez HS:RETRY quand l’imprimante est prête (ou hubscan print retry {job}).</translation>
    </message>
    <message>
        <source>{what} NOT printed: {fault}</source>
        <translation>{what} NON imprimée : {fault}</translation>
    </message>
    <message>
        <source>{what} printed on {url}</source>
        <translation>{what} imprimée sur {url}</translation>
    </message>
    <message>
        <source>{kind} label {reference}</source>
        <translation>étiquette {kind} {reference}</translation>
    </message>
    <message>
        <source>{kind} label {reference} (copy {copy})</source>
        <translation>étiquette {kind} {reference} (copie {copy})</translation>
    </message>
    <message>
        <source>test label</source>
        <translation>étiquette de test</translation>
    </message>
    <message>
        <source>connote</source>
        <translation>connote</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>de rejet</translation>
    </message>
    <message>
        <source>container</source>
        <translation>conteneur</translation>
    </message>
    <message>
        <source>{kind} {reference}</source>
        <translation>{kind} {reference}</translation>
    </message>
    <message>
        <source>{kind} {reference} (copy {copy})</source>
        <translation>{kind} {reference} (copie {copy})</translation>
    </message>
    <message>
        <source>parcel list</source>
        <translation>liste des colis</translation>
    </message>
    <message>
        <source>commercial invoice and packing list</source>
        <translation>facture commerciale et liste de colisage</translation>
    </message>
    <message>
        <source>cannot keep the papers in {path}: {reason}</source>
        <translation>impossible de garder les documents dans {path} : {reason}</translation>
    </message>
    <message>
        <source>the papers cannot be laid out ({reason})</source>
        <translation>les documents ne peuvent pas être mis en page ({reason})</translation>
    </message>
    <message>
        <source>HubScan sends PDF papers to a CUPS print queue only: on Windows, print them from the folder {path}</source>
        <translation>HubScan n’envoie les documents PDF qu’à une file d’impression CUPS : sous Windows, imprimez-les depuis le dossier {path}</translation>
    </message>
    <message>
        <source>printer {url}: use tcp://HOST:9100, spooler://QUEUE or file://PATH</source>
        <translation>imprimante {url} : utilisez tcp://HÔTE:9100, spooler://FILE ou file://CHEMIN</translation>
    </message>
    <message>
        <source>only a dispatcher or an admin reprints labels</source>
        <translation>seul un expéditeur ou un administrateur réimprime les étiquettes</translation>
    </message>
    <message>
        <source>give the reason for the reprint (torn, smudged, lost...)</source>
        <translation>donnez la raison de la réimpression (déchirée, tachée, perdue...)</translation>
    </message>
    <message>
        <source>no label has been printed here yet</source>
        <translation>aucune étiquette n’a encore été imprimée ici</translation>
    </message>
    <message>
        <source>{station} command sheet</source>
        <translation>feuille de commandes {station}</translation>
    </message>
    <message>
        <source>scanner {url} not found: check its cable; HubScan keeps looking for it</source>
        <translation>scanner {url} introuvable : vérifiez son câble ; HubScan continue de le chercher</translation>
    </message>
    <message>
        <source>scanner {url} connected</source>
        <translation>scanner {url} connecté</translation>
    </message>
    <message>
        <source>scanner {url} unplugged or lost ({reason}): plug it back in; HubScan reconnects by itself</source>
        <translation>scanner {url} débranché ou perdu ({reason}) : rebranchez-le ; HubScan se reconnecte tout seul</translation>
    </message>
    <message>
        <source>scanner {url} closed</source>
        <translation>scanner {url} fermé</translation>
    </message>
</context>
<context>
    <name>outcome</name>
    <message>
        <source>Empty scan. Scan the barcode again.</source>
        <translation>Scan vide. Scannez à nouveau le code-barres.</translation>
    </message>
    <message>
        <source>Scan is {length} characters, more than {limit}. Scan one barcode at a time.</source>
        <translation>Le scan fait {length} caractères, plus que {limit}. Scannez un seul code-barres à la fois.</translation>
    </message>
    <message>
        <source>Scan is not readable text. Check the scanner&apos;s encoding (UTF-8) or keyboard layout.</source>
        <translation>Le scan n&apos;est pas un texte lisible. Vérifiez l&apos;encodage du scanner (UTF-8) ou la disposition du clavier.</translation>
    </message>
    <message>
        <source>Scan holds control characters. Check the scanner&apos;s settings, then scan again.</source>
        <translation>Le scan contient des caractères de contrôle. Vérifiez les réglages du scanner, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>{code}: the check digit is wrong. Scan again or check the label.</source>
        <translation>{code} : le chiffre de contrôle est faux. Scannez à nouveau ou vérifiez l&apos;étiquette.</translation>
    </message>
    <message>
        <source>GS1 barcode not readable: {reason}.</source>
        <translation>Code-barres GS1 illisible : {reason}.</translation>
    </message>
    <message>
        <source>GS1 barcode has no GTIN (01) or SSCC (00). Scan the item barcode.</source>
        <translation>Le code-barres GS1 n&apos;a ni GTIN (01) ni SSCC (00). Scannez le code-barres de l&apos;article.</translation>
    </message>
    <message>
        <source>Unknown command HS:{command}. Use the station&apos;s command sheet.</source>
        <translation>Commande inconnue HS:{command}. Utilisez la feuille de commandes du poste.</translation>
    </message>
    <message>
        <source>HS:{command} needs a value, like HS:{command}:VALUE.</source>
        <translation>HS:{command} demande une valeur, comme HS:{command}:VALEUR.</translation>
    </message>
    <message>
        <source>HS:{command} takes no value. Scan the plain HS:{command}.</source>
        <translation>HS:{command} ne prend pas de valeur. Scannez HS:{command} seul.</translation>
    </message>
    <message>
        <source>NOT SAVED: {reason}. Scan again; if it keeps failing, call IT.</source>
        <translation>NON ENREGISTRÉ : {reason}. Scannez à nouveau ; si cela persiste, appelez l&apos;informatique.</translation>
    </message>
    <message>
        <source>{text}: not a parcel, item, badge or command for this station.</source>
        <translation>{text} : ni colis, ni article, ni badge, ni commande pour ce poste.</translation>
    </message>
    <message>
        <source>Welcome {name} ({role}). {station} station.</source>
        <translation>Bienvenue {name} ({role}). Poste {station}.</translation>
    </message>
    <message>
        <source>{name} logged out.</source>
        <translation>{name} est déconnecté(e).</translation>
    </message>
    <message>
        <source>Badge {badge} is not known here. Ask a supervisor to add it.</source>
        <translation>Le badge {badge} est inconnu ici. Demandez à un superviseur de l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Badge {badge} is disabled. Ask a supervisor.</source>
        <translation>Le badge {badge} est désactivé. Demandez à un superviseur.</translation>
    </message>
    <message>
        <source>Wrong PIN for {badge}. Type it again, or scan your badge.</source>
        <translation>Code PIN erroné pour {badge}. Retapez-le, ou scannez votre badge.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {badge}: typed logins wait {minutes} min. Scan your badge, or ask a supervisor.</source>
        <translation>Trop de codes PIN erronés pour {badge} : connexion au clavier bloquée {minutes} min. Scannez votre badge, ou demandez à un superviseur.</translation>
    </message>
    <message>
        <source>{badge} has no PIN. Scan your badge, or ask an admin to set one (hubscan operators pin {badge}).</source>
        <translation>{badge} n’a pas de code PIN. Scannez votre badge, ou demandez à un administrateur d’en créer un (hubscan operators pin {badge}).</translation>
    </message>
    <message>
        <source>Nobody is logged in. Scan your badge first.</source>
        <translation>Personne n&apos;est connecté. Scannez d&apos;abord votre badge.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not use the {station} station. Ask a {needed}.</source>
        <translation>{name} ({role}) ne peut pas utiliser le poste {station}. Demandez à un {needed}.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not hold or release parcels. Ask a supervisor.</source>
        <translation>{name} ({role}) ne peut pas mettre en attente ni libérer des colis. Demandez à un superviseur.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not resolve exceptions. Ask a supervisor.</source>
        <translation>{name} ({role}) ne peut pas résoudre les exceptions. Demandez à un superviseur.</translation>
    </message>
    <message>
        <source>{station} station.</source>
        <translation>Poste {station}.</translation>
    </message>
    <message>
        <source>No station called {station}. Use RECEIVE, PROCESS, REJECT or CONSOLIDATE.</source>
        <translation>Aucun poste nommé {station}. Utilisez RECEIVE, PROCESS, REJECT ou CONSOLIDATE.</translation>
    </message>
    <message>
        <source>Cancelled: {what}.</source>
        <translation>Annulé : {what}.</translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Sending the labels that did not print again.</source>
        <translation>Nouvel envoi des étiquettes non imprimées.</translation>
    </message>
    <message>
        <source>HS:PHOTO takes a photo in the station window; it does nothing here.</source>
        <translation>HS:PHOTO prend une photo dans la fenêtre du poste ; ici, il ne fait rien.</translation>
    </message>
    <message>
        <source>HS:{command} does nothing at the {station} station.</source>
        <translation>HS:{command} ne fait rien au poste {station}.</translation>
    </message>
    <message>
        <source>{tracking} is not known at this hub. Receive it first.</source>
        <translation>{tracking} est inconnu dans ce hub. Réceptionnez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>No parcel selected. Scan the parcel first.</source>
        <translation>Aucun colis choisi. Scannez d&apos;abord le colis.</translation>
    </message>
    <message>
        <source>First read the alert on {tracking}: {alert} Then scan HS:ACK.</source>
        <translation>Lisez d&apos;abord l&apos;alerte sur {tracking} : {alert} Puis scannez HS:ACK.</translation>
    </message>
    <message>
        <source>Alert on {tracking} acknowledged by {name}.</source>
        <translation>Alerte sur {tracking} prise en compte par {name}.</translation>
    </message>
    <message>
        <source>No alert is waiting to be acknowledged.</source>
        <translation>Aucune alerte n&apos;attend de confirmation.</translation>
    </message>
    <message>
        <source>{tracking} is ON HOLD ({reason}), held by {owner} {when}. They or a supervisor release it (HS:RELEASE).</source>
        <translation>{tracking} est EN ATTENTE ({reason}), posée par {owner} {when}. Cette personne ou un superviseur la lève (HS:RELEASE).</translation>
    </message>
    <message>
        <source>{tracking} is ON HOLD ({reason}; held {when}). A supervisor must release it (HS:RELEASE) first.</source>
        <translation>{tracking} est EN ATTENTE ({reason} ; posée {when}). Un superviseur doit d&apos;abord la lever (HS:RELEASE).</translation>
    </message>
    <message>
        <source>{tracking} is stopped: {exception}. A supervisor accepts the service&apos;s view or escalates it, with a note (HS:RESOLVE:{tracking} &lt;note&gt;), first.</source>
        <translation>{tracking} est bloqué : {exception}. Un superviseur accepte d&apos;abord l&apos;avis du service central ou le fait remonter, avec une note (HS:RESOLVE:{tracking} &lt;note&gt;).</translation>
    </message>
    <message>
        <source>{tracking} is now on hold: {reason}.</source>
        <translation>{tracking} est maintenant en attente : {reason}.</translation>
    </message>
    <message>
        <source>{tracking} is now on hold ({reason}) and was taken out of the consolidation for {destination}.</source>
        <translation>{tracking} est maintenant en attente ({reason}) et a été retiré du regroupement pour {destination}.</translation>
    </message>
    <message>
        <source>{tracking} was already on hold ({reason}), held by {owner} {when}.</source>
        <translation>{tracking} était déjà en attente ({reason}), posée par {owner} {when}.</translation>
    </message>
    <message>
        <source>No hold reason {reason}. Use one of: {reasons}.</source>
        <translation>Aucun motif d&apos;attente {reason}. Utilisez l&apos;un de : {reasons}.</translation>
    </message>
    <message>
        <source>{tracking} is held by {owner} ({reason}): only they or a supervisor may release it.</source>
        <translation>{tracking} est mis en attente par {owner} ({reason}) : seule cette personne ou un superviseur peut la lever.</translation>
    </message>
    <message>
        <source>{tracking} is on hold ({reason}): only a supervisor may release it.</source>
        <translation>{tracking} est en attente ({reason}) : seul un superviseur peut la lever.</translation>
    </message>
    <message>
        <source>{tracking} released from hold.</source>
        <translation>{tracking} est libéré.</translation>
    </message>
    <message>
        <source>{tracking} is not on hold.</source>
        <translation>{tracking} n&apos;est pas en attente.</translation>
    </message>
    <message>
        <source>{tracking} is {state}: only parcels in the hub can be held.</source>
        <translation>{tracking} est {state} : seuls les colis dans le hub peuvent être mis en attente.</translation>
    </message>
    <message>
        <source>{tracking}: exception resolved ({note}).</source>
        <translation>{tracking} : exception résolue ({note}).</translation>
    </message>
    <message>
        <source>{tracking}: escalated to the office with your note ({note}). It is no longer stopped here.</source>
        <translation>{tracking} : remonté au bureau avec votre note ({note}). Il n&apos;est plus bloqué ici.</translation>
    </message>
    <message>
        <source>Only a refusal of the central service is escalated. Resolve {tracking} with a note (HS:RESOLVE).</source>
        <translation>Seul un refus du service central est remonté. Résolvez {tracking} avec une note (HS:RESOLVE).</translation>
    </message>
    <message>
        <source>Say how the exception of {tracking} was resolved: HS:RESOLVE:{tracking} &lt;note&gt;.</source>
        <translation>Dites comment l&apos;exception de {tracking} a été résolue : HS:RESOLVE:{tracking} &lt;note&gt;.</translation>
    </message>
    <message>
        <source>{tracking} has no open exception to resolve.</source>
        <translation>{tracking} n&apos;a aucune exception ouverte à résoudre.</translation>
    </message>
    <message>
        <source>{tracking} now has its return: {retailer}, to {destination}. It goes on like any other.</source>
        <translation>{tracking} a maintenant son retour : {retailer}, vers {destination}. Il suit le même chemin que les autres.</translation>
    </message>
    <message>
        <source>{tracking} already has its return ({retailer}): nothing created.</source>
        <translation>{tracking} a déjà son retour ({retailer}) : rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>{tracking} is {state}: a return is created only for a parcel the hub holds.</source>
        <translation>{tracking} est {state} : un retour n&apos;est créé que pour un colis présent au hub.</translation>
    </message>
    <message>
        <source>No retailer is known for {destination}: name it, HS:CREATE:{destination} &lt;retailer&gt;.</source>
        <translation>Aucun marchand n&apos;est connu pour {destination} : nommez-le, HS:CREATE:{destination} &lt;marchand&gt;.</translation>
    </message>
    <message>
        <source>order=, customer= and type= each take one word of printable text, at most {limit} characters. Nothing created.</source>
        <translation>order=, customer= et type= prennent chacun un mot de texte imprimable, au plus {limit} caractères. Rien n&apos;est créé.</translation>
    </message>
    <message>
        <source>The pre-advice names no retailer {retailer} with this destination: use one of {known}. Nothing created.</source>
        <translation>La pré-annonce ne nomme aucune enseigne {retailer} pour cette destination : utilisez l&apos;une de {known}. Rien n&apos;est créé.</translation>
    </message>
    <message>
        <source>The retailer&apos;s name must be printable text of at most {limit} characters.</source>
        <translation>Le nom du marchand doit être un texte imprimable d&apos;au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>{tracking} is return {preadvice}: {retailer}, to {destination}, {expected} item(s) expected. It goes on like any other.</source>
        <translation>{tracking} est le retour {preadvice} : {retailer}, vers {destination}, {expected} article(s) attendu(s). Il suit son cours comme les autres.</translation>
    </message>
    <message>
        <source>No pre-advised return {preadvice}. Find it by order number, customer reference or SKU (Exceptions view, F5), or give {tracking} its return (HS:CREATE).</source>
        <translation>Aucun retour pré-annoncé {preadvice}. Trouvez-le par numéro de commande, référence client ou SKU (vue Exceptions, F5), ou donnez son retour à {tracking} (HS:CREATE).</translation>
    </message>
    <message>
        <source>{tracking} is already the return of parcel {parcel}: nothing linked.</source>
        <translation>{tracking} est déjà le retour du colis {parcel} : rien n&apos;est lié.</translation>
    </message>
    <message>
        <source>{tracking} is pre-advised to hub {hub}, not this one: nothing linked. Set the parcel aside for a supervisor to agree with hub {hub}.</source>
        <translation>{tracking} est pré-annoncé au hub {hub}, pas à celui-ci : rien n&apos;est lié. Mettez le colis de côté pour qu&apos;un superviseur s&apos;entende avec le hub {hub}.</translation>
    </message>
    <message>
        <source>{tracking} is {state} ({when}): its own parcel is here or gone, so this is another parcel. Nothing linked.</source>
        <translation>{tracking} est {state} ({when}) : son propre colis est ici ou parti, c&apos;est donc un autre colis. Rien n&apos;est lié.</translation>
    </message>
    <message>
        <source>{tracking} arrived already as {parcel} (linked to it): it is the same return. Go on with {parcel}.</source>
        <translation>{tracking} est déjà arrivé comme {parcel} (lié à lui) : c&apos;est le même retour. Continuez avec {parcel}.</translation>
    </message>
    <message>
        <source>{tracking} goes on to hub {hub}, unopened: consolidate it to {destination} (HS:DEST:{destination}).</source>
        <translation>{tracking} part vers le hub {hub}, sans être ouvert : consolidez-le vers {destination} (HS:DEST:{destination}).</translation>
    </message>
    <message>
        <source>{tracking} stays here, not at hub {hub}: its pre-advice comes with the next sync, then it goes on like any other.</source>
        <translation>{tracking} reste ici, pas au hub {hub} : sa pré-annonce arrive avec la prochaine synchronisation, puis il suit son cours comme les autres.</translation>
    </message>
    <message>
        <source>{tracking} is not a misrouted parcel in the hub: only a parcel pre-advised to another hub and received here is forwarded or kept.</source>
        <translation>{tracking} n&apos;est pas un colis mal acheminé présent au hub : seul un colis pré-annoncé à un autre hub et reçu ici est envoyé ou gardé.</translation>
    </message>
    <message>
        <source>{tracking} was not pre-advised: give it its return (scan it, then HS:CREATE:&lt;destination&gt; [retailer]), not a note.</source>
        <translation>{tracking} n&apos;était pas pré-annoncé : donnez-lui son retour (scannez-le, puis HS:CREATE:&lt;destination&gt; [marchand]), pas une note.</translation>
    </message>
    <message>
        <source>{container} opened for {destination}: label printing. Scan its parcels.</source>
        <translation>{container} ouvert pour {destination} : étiquette en impression. Scannez ses colis.</translation>
    </message>
    <message>
        <source>{container} opened for {destination}. Scan its parcels.</source>
        <translation>{container} ouvert pour {destination}. Scannez ses colis.</translation>
    </message>
    <message>
        <source>{container}: {count} parcel(s). The next parcels go into it.</source>
        <translation>{container} : {count} colis. Les colis suivants y vont.</translation>
    </message>
    <message>
        <source>{container} opened again ({count} parcel(s)); its weight of {kg} kg is cleared. Weigh it again when packed.</source>
        <translation>{container} rouvert ({count} colis) ; son poids de {kg} kg est effacé. Pesez-le de nouveau une fois rempli.</translation>
    </message>
    <message>
        <source>{tracking} moved into {container} (from {left}). Weigh the containers it changed.</source>
        <translation>{tracking} déplacé dans {container} (depuis {left}). Pesez les contenants modifiés.</translation>
    </message>
    <message>
        <source>No consolidation is open. Scan a processed parcel or HS:DEST:&lt;code&gt; first.</source>
        <translation>Aucune consolidation ouverte. Scannez d&apos;abord un colis traité ou HS:DEST:&lt;code&gt;.</translation>
    </message>
    <message>
        <source>{tracking} not added: no container is open for {destination}. Open the consolidation if needed (HS:DEST:{destination}), scan a container label (SSCC), then the parcel again.</source>
        <translation>{tracking} non ajouté : aucun contenant ouvert pour {destination}. Ouvrez la consolidation si besoin (HS:DEST:{destination}), scannez une étiquette de contenant (SSCC), puis de nouveau le colis.</translation>
    </message>
    <message>
        <source>HubScan cannot number containers: no GS1 company prefix is set (dispatch.gs1_company_prefix). Scan a pre-printed container label, or ask IT to set it.</source>
        <translation>HubScan ne peut pas numéroter les contenants : aucun préfixe d&apos;entreprise GS1 n&apos;est défini (dispatch.gs1_company_prefix). Scannez une étiquette de contenant préimprimée, ou demandez à l&apos;informatique de le définir.</translation>
    </message>
    <message>
        <source>No container opened: {reason}. Call IT.</source>
        <translation>Aucun contenant ouvert : {reason}. Appelez l&apos;informatique.</translation>
    </message>
    <message>
        <source>No container kind {kind}. Use one of: {kinds}.</source>
        <translation>Pas de type de contenant {kind}. Utilisez l&apos;un de : {kinds}.</translation>
    </message>
    <message>
        <source>{container} belongs to the consolidation for {destination}.</source>
        <translation>{container} appartient à la consolidation pour {destination}.</translation>
    </message>
    <message>
        <source>{container} is in the closed consolidation {connote}: it waits for the carrier (HS:HANDOVER).</source>
        <translation>{container} est dans la consolidation clôturée {connote} : il attend le transporteur (HS:HANDOVER).</translation>
    </message>
    <message>
        <source>No open container to weigh. Scan the container&apos;s label first.</source>
        <translation>Aucun contenant ouvert à peser. Scannez d&apos;abord l&apos;étiquette du contenant.</translation>
    </message>
    <message>
        <source>{container} holds no parcel: nothing to weigh.</source>
        <translation>{container} ne contient aucun colis : rien à peser.</translation>
    </message>
    <message>
        <source>Weighing {container}…</source>
        <translation>Pesée de {container}…</translation>
    </message>
    <message>
        <source>{container}: {kg} kg, {count} parcel(s). Open the next container (HS:CONTAINER) or close (HS:DONE).</source>
        <translation>{container} : {kg} kg, {count} colis. Ouvrez le contenant suivant (HS:CONTAINER) ou clôturez (HS:DONE).</translation>
    </message>
    <message>
        <source>{container}: {kg} kg typed by hand, {count} parcel(s). Open the next container or close (HS:DONE).</source>
        <translation>{container} : {kg} kg saisis à la main, {count} colis. Ouvrez le contenant suivant ou clôturez (HS:DONE).</translation>
    </message>
    <message>
        <source>{name}: only a supervisor types a weight. Weigh the container on the scale (HS:WEIGH), or call one.</source>
        <translation>{name} : seul un superviseur saisit un poids. Pesez le contenant sur la balance (HS:WEIGH), ou appelez-en un.</translation>
    </message>
    <message>
        <source>{value} is not a weight. Type kilograms, like HS:WEIGHT:12.4.</source>
        <translation>{value} n&apos;est pas un poids. Saisissez des kilogrammes, comme HS:WEIGHT:12.4.</translation>
    </message>
    <message>
        <source>{container} weighs {kg} kg: nothing is on the scale, or it needs zeroing. Put the container on it, then weigh again.</source>
        <translation>{container} pèse {kg} kg : rien sur la balance, ou elle doit être remise à zéro. Posez le contenant dessus, puis pesez de nouveau.</translation>
    </message>
    <message>
        <source>{container}: {kg} kg is more than any container. Check the weight and give it again.</source>
        <translation>{container} : {kg} kg, c&apos;est plus que tout contenant. Vérifiez le poids et saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>{container} is not open in this bench&apos;s consolidation: weight not kept.</source>
        <translation>{container} n&apos;est pas ouvert dans la consolidation de ce poste : poids non enregistré.</translation>
    </message>
    <message>
        <source>Not closed: {count} parcel(s) in no container ({parcels}). Scan a container label, then each of them.</source>
        <translation>Non clôturée : {count} colis dans aucun contenant ({parcels}). Scannez une étiquette de contenant, puis chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Not closed: {count} container(s) not weighed: {containers}. Scan each, then HS:WEIGH.</source>
        <translation>Non clôturée : {count} contenant(s) non pesé(s) : {containers}. Scannez chacun, puis HS:WEIGH.</translation>
    </message>
    <message>
        <source>Not closed: {destination} is in customs territory {territory}, and {count} parcel(s) lack their items&apos; customs data: {parcels}. Ask the retailer to send it in the pre-advice, or take the parcel out (HS:HOLD), then HS:DONE again.</source>
        <translation>Pas clôturée : {destination} est dans le territoire douanier {territory}, et {count} colis n’ont pas les données douanières de leurs articles : {parcels}. Demandez au marchand de les envoyer dans la pré-annonce, ou retirez le colis (HS:HOLD), puis HS:DONE à nouveau.</translation>
    </message>
    <message>
        <source>{tracking} is in the closed consolidation {connote}: it leaves when its container is loaded at the handover.</source>
        <translation>{tracking} est dans la consolidation clôturée {connote} : il part quand son contenant est chargé à la remise.</translation>
    </message>
    <message>
        <source>Handover to {carrier}, trailer {trailer}: scan each container onto it, then HS:DONE.</source>
        <translation>Remise à {carrier}, remorque {trailer} : scannez chaque contenant chargé, puis HS:DONE.</translation>
    </message>
    <message>
        <source>{value}: give the carrier and the trailer or seal number, like HS:HANDOVER:DHL TRL-4711.</source>
        <translation>{value} : indiquez le transporteur et le numéro de remorque ou de scellé, comme HS:HANDOVER:DHL TRL-4711.</translation>
    </message>
    <message>
        <source>The handover to {carrier} (trailer {trailer}) is open: close it (HS:DONE) or cancel it (HS:CANCEL).</source>
        <translation>La remise à {carrier} (remorque {trailer}) est ouverte : clôturez-la (HS:DONE) ou annulez-la (HS:CANCEL).</translation>
    </message>
    <message>
        <source>The handover to {carrier} (trailer {trailer}) takes containers: scan their labels, HS:DONE or HS:CANCEL.</source>
        <translation>La remise à {carrier} (remorque {trailer}) prend des contenants : scannez leurs étiquettes, HS:DONE ou HS:CANCEL.</translation>
    </message>
    <message>
        <source>{container} ({connote}, {destination}) loaded: {count} container(s) on trailer {trailer}.</source>
        <translation>{container} ({connote}, {destination}) chargé : {count} contenant(s) dans la remorque {trailer}.</translation>
    </message>
    <message>
        <source>{container} is already loaded ({count} container(s) on this handover).</source>
        <translation>{container} est déjà chargé ({count} contenant(s) dans cette remise).</translation>
    </message>
    <message>
        <source>{container} is loaded on bench {bench}&apos;s open handover. Hand it over there, or have bench {bench} cancel it.</source>
        <translation>{container} est chargé dans la remise ouverte du poste {bench}. Remettez-le là-bas, ou faites annuler le poste {bench}.</translation>
    </message>
    <message>
        <source>{container} ({connote}) was handed over already.</source>
        <translation>{container} ({connote}) a déjà été remis.</translation>
    </message>
    <message>
        <source>{container} is in a consolidation not closed yet: close it first.</source>
        <translation>{container} est dans une consolidation pas encore clôturée : clôturez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>{container} is no closed consolidation&apos;s container here. Check the label.</source>
        <translation>{container} n&apos;est le contenant d&apos;aucune consolidation clôturée ici. Vérifiez l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Nothing is loaded for {carrier} (trailer {trailer}): scan the containers first.</source>
        <translation>Rien n&apos;est chargé pour {carrier} (remorque {trailer}) : scannez d&apos;abord les contenants.</translation>
    </message>
    <message>
        <source>{count} container(s) of these consolidations are not loaded: {containers}. Load them, or HS:DONE again to hand over without them.</source>
        <translation>{count} contenant(s) de ces consolidations ne sont pas chargés : {containers}. Chargez-les, ou HS:DONE de nouveau pour remettre sans eux.</translation>
    </message>
    <message>
        <source>Not handed over: {tracking} is stopped ({exception}). A supervisor resolves it (HS:RESOLVE:{tracking} &lt;note&gt;), or it is taken out of its container (hold it), then HS:DONE again.</source>
        <translation>Non remis : {tracking} est bloqué ({exception}). Un superviseur le résout (HS:RESOLVE:{tracking} &lt;note&gt;), ou il est retiré de son contenant (mettez-le en attente), puis HS:DONE de nouveau.</translation>
    </message>
    <message>
        <source>Handed over to {carrier}, trailer {trailer}: {containers} container(s), {count} parcel(s) exported.</source>
        <translation>Remis à {carrier}, remorque {trailer} : {containers} contenant(s), {count} colis exportés.</translation>
    </message>
    <message>
        <source>Handover to {carrier} cancelled; {count} container(s) back on the dock.</source>
        <translation>Remise à {carrier} annulée ; {count} contenant(s) de retour sur le quai.</translation>
    </message>
    <message>
        <source>Consolidation for {destination} open again: connote {connote} is void, destroy its label. Closing it again gives a new connote.</source>
        <translation>Consolidation pour {destination} rouverte : le connote {connote} est annulé, détruisez son étiquette. La clôturer de nouveau donne un nouveau connote.</translation>
    </message>
    <message>
        <source>No consolidation closed at this bench has connote {connote}: reopen it at its bench.</source>
        <translation>Aucune consolidation clôturée à ce poste n&apos;a le connote {connote} : rouvrez-la à son poste.</translation>
    </message>
    <message>
        <source>Connote {connote} cannot be reopened: its containers are loaded or handed over (or it was a TEST one).</source>
        <translation>Le connote {connote} ne peut pas être rouvert : ses contenants sont chargés ou remis (ou c&apos;était un TEST).</translation>
    </message>
    <message>
        <source>A consolidation for {destination} is open at this bench: close or cancel it, then reopen {connote}.</source>
        <translation>Une consolidation pour {destination} est ouverte à ce poste : clôturez-la ou annulez-la, puis rouvrez {connote}.</translation>
    </message>
    <message>
        <source>{name}: only a supervisor reopens a closed consolidation.</source>
        <translation>{name} : seul un superviseur rouvre une consolidation clôturée.</translation>
    </message>
    <message>
        <source>This bench has no scale set up (scale.url). A supervisor types the weight: HS:WEIGHT:&lt;kg&gt;.</source>
        <translation>Ce poste n&apos;a pas de balance configurée (scale.url). Un superviseur saisit le poids : HS:WEIGHT:&lt;kg&gt;.</translation>
    </message>
    <message>
        <source>The scale at {url} cannot be opened. Check its cable and power, then weigh again.</source>
        <translation>La balance sur {url} ne peut pas être ouverte. Vérifiez son câble et son alimentation, puis pesez de nouveau.</translation>
    </message>
    <message>
        <source>The scale at {url} did not answer in {seconds} s. Check it is on and set to MT-SICS, 9600 baud, then weigh again.</source>
        <translation>La balance sur {url} n&apos;a pas répondu en {seconds} s. Vérifiez qu&apos;elle est allumée et réglée en MT-SICS, 9600 bauds, puis pesez de nouveau.</translation>
    </message>
    <message>
        <source>The weight does not settle (it showed {moving}). Keep the container still, off the edges, then weigh again.</source>
        <translation>Le poids ne se stabilise pas (affiché : {moving}). Gardez le contenant immobile, loin des bords, puis pesez de nouveau.</translation>
    </message>
    <message>
        <source>The load is over the scale&apos;s range. Use a bigger scale, or a supervisor types it.</source>
        <translation>La charge dépasse la portée de la balance. Utilisez une balance plus grande, ou un superviseur saisit le poids.</translation>
    </message>
    <message>
        <source>The scale reads below zero. Empty it, zero it, then weigh again.</source>
        <translation>La balance affiche moins que zéro. Videz-la, remettez-la à zéro, puis pesez de nouveau.</translation>
    </message>
    <message>
        <source>The scale refused the request ({reply}). Check it is set to MT-SICS.</source>
        <translation>La balance a refusé la demande ({reply}). Vérifiez qu&apos;elle est réglée en MT-SICS.</translation>
    </message>
    <message>
        <source>The scale&apos;s reply ({reply}) is not a weight. Check it is set to MT-SICS.</source>
        <translation>La réponse de la balance ({reply}) n&apos;est pas un poids. Vérifiez qu&apos;elle est réglée en MT-SICS.</translation>
    </message>
    <message>
        <source>{tracking} received for {retailer}.</source>
        <translation>{tracking} réceptionné pour {retailer}.</translation>
    </message>
    <message>
        <source>{tracking} received for {retailer}. ALERT: {alert} Scan HS:ACK once done.</source>
        <translation>{tracking} reçu pour {retailer}. ALERTE : {alert} Scannez HS:ACK une fois fait.</translation>
    </message>
    <message>
        <source>{tracking} received and put ON HOLD: the retailer refused this return. Set it aside for a supervisor.</source>
        <translation>{tracking} reçu et mis EN ATTENTE : le marchand a refusé ce retour. Mettez-le de côté pour un superviseur.</translation>
    </message>
    <message>
        <source>{tracking} received and put ON HOLD: the return was cancelled. Set it aside for a supervisor.</source>
        <translation>{tracking} reçu et mis EN ATTENTE : le retour a été annulé. Mettez-le de côté pour un superviseur.</translation>
    </message>
    <message>
        <source>{tracking} received for {retailer}; the retailer has not approved this return yet.</source>
        <translation>{tracking} reçu pour {retailer} ; le marchand n&apos;a pas encore accepté ce retour.</translation>
    </message>
    <message>
        <source>{tracking} received, but it was NOT pre-advised. Put it on the unexpected shelf.</source>
        <translation>{tracking} réceptionné, mais il n&apos;était PAS pré-annoncé. Posez-le sur l&apos;étagère des inattendus.</translation>
    </message>
    <message>
        <source>{tracking} was already received {when} by {who}. Nothing recorded again.</source>
        <translation>{tracking} a déjà été réceptionné {when} par {who}. Rien n&apos;est enregistré de nouveau.</translation>
    </message>
    <message>
        <source>{tracking} was already exported ({connote}). Do not receive it: call a supervisor.</source>
        <translation>{tracking} a déjà été exporté ({connote}). Ne le réceptionnez pas : appelez un superviseur.</translation>
    </message>
    <message>
        <source>{tracking} was already rejected ({reason}). Do not receive it: call a supervisor.</source>
        <translation>{tracking} a déjà été refusé ({reason}). Ne le réceptionnez pas : appelez un superviseur.</translation>
    </message>
    <message>
        <source>{tracking} was already delivered back to the retailer {when}. Do not receive it: call a supervisor.</source>
        <translation>{tracking} a déjà été livré en retour au marchand {when}. Ne le réceptionnez pas : appelez un superviseur.</translation>
    </message>
    <message>
        <source>{tracking} is pre-advised to hub {hub}, not this one. Set it aside for a supervisor.</source>
        <translation>{tracking} est pré-annoncé pour le hub {hub}, pas celui-ci. Mettez-le de côté pour un superviseur.</translation>
    </message>
    <message>
        <source>That is an item, not a parcel. Scan the return label on the parcel.</source>
        <translation>C&apos;est un article, pas un colis. Scannez l&apos;étiquette de retour du colis.</translation>
    </message>
    <message>
        <source>{tracking}: scan the {expected} expected item(s).</source>
        <translation>{tracking} : scannez le(s) {expected} article(s) attendu(s).</translation>
    </message>
    <message>
        <source>{tracking}: ALERT: {alert} Scan HS:ACK, then the {expected} expected item(s).</source>
        <translation>{tracking} : ALERTE : {alert} Scannez HS:ACK, puis le(s) {expected} article(s) attendu(s).</translation>
    </message>
    <message>
        <source>{tracking} had no pre-advice: every item will be recorded as an extra.</source>
        <translation>{tracking} n&apos;avait pas de pré-annonce : chaque article sera enregistré en supplément.</translation>
    </message>
    <message>
        <source>{tracking} resumed: {scanned} item(s) scanned so far.</source>
        <translation>{tracking} repris : {scanned} article(s) scanné(s) jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>{tracking} started; {previous} left unfinished with {count} item(s). Scan it again to resume.</source>
        <translation>{tracking} commencé ; {previous} reste inachevé avec {count} article(s). Scannez-le à nouveau pour reprendre.</translation>
    </message>
    <message>
        <source>{tracking} has not been received ({state}). Receive it first.</source>
        <translation>{tracking} n&apos;a pas été réceptionné ({state}). Réceptionnez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>{tracking} was already processed {when} by {who}.</source>
        <translation>{tracking} a déjà été traité {when} par {who}.</translation>
    </message>
    <message>
        <source>{tracking} is {state}: it cannot be processed.</source>
        <translation>{tracking} est {state} : il ne peut pas être traité.</translation>
    </message>
    <message>
        <source>{description}: {scanned} of {expected}.</source>
        <translation>{description} : {scanned} sur {expected}.</translation>
    </message>
    <message>
        <source>{description}: {scanned} scanned but only {expected} expected.</source>
        <translation>{description} : {scanned} scanné(s) mais seulement {expected} attendu(s).</translation>
    </message>
    <message>
        <source>{item} is not on the pre-advice: recorded as an extra.</source>
        <translation>{item} n&apos;est pas sur la pré-annonce : enregistré en supplément.</translation>
    </message>
    <message>
        <source>{description} graded {grade}.</source>
        <translation>{description} classé {grade}.</translation>
    </message>
    <message>
        <source>Grade {grade} is not used here. Use one of {grades}.</source>
        <translation>Le grade {grade} n&apos;est pas utilisé ici. Utilisez l&apos;un de {grades}.</translation>
    </message>
    <message>
        <source>Scan an item before its grade.</source>
        <translation>Scannez un article avant son grade.</translation>
    </message>
    <message>
        <source>{description}: {disposition}.</source>
        <translation>{description} : {disposition}.</translation>
    </message>
    <message>
        <source>Disposition {disposition} is not used for this return. Use one of {dispositions}.</source>
        <translation>La destination {disposition} n&apos;est pas prévue pour ce retour. Utilisez l&apos;une de {dispositions}.</translation>
    </message>
    <message>
        <source>Scan an item before its disposition.</source>
        <translation>Scannez un article avant sa destination.</translation>
    </message>
    <message>
        <source>No items scanned for {tracking}. Scan the items, or have it rejected as empty.</source>
        <translation>Aucun article scanné pour {tracking}. Scannez les articles, ou faites-le refuser comme vide.</translation>
    </message>
    <message>
        <source>{description} rejected: {reason}. Set it aside; a photo of it now goes with the rejection (F8).</source>
        <translation>{description} refusé : {reason}. Mettez-le de côté ; une photo prise maintenant accompagne le refus (F8).</translation>
    </message>
    <message>
        <source>Scan the item before rejecting it.</source>
        <translation>Scannez l&apos;article avant de le refuser.</translation>
    </message>
    <message>
        <source>Photo {count} kept as evidence for {description}.</source>
        <translation>Photo {count} conservée comme preuve pour {description}.</translation>
    </message>
    <message>
        <source>{tracking} processed: all {count} item(s) as expected.{notes}</source>
        <translation>{tracking} traité : les {count} article(s) sont conformes.{notes}</translation>
    </message>
    <message>
        <source>{tracking} processed with differences: {summary}.{notes}</source>
        <translation>{tracking} traité avec des écarts : {summary}.{notes}</translation>
    </message>
    <message>
        <source>{tracking} selected. Scan the reason.</source>
        <translation>{tracking} choisi. Scannez le motif.</translation>
    </message>
    <message>
        <source>Reason: {reason}. Scan HS:DONE to reject{parcel_hint}.</source>
        <translation>Motif : {reason}. Scannez HS:DONE pour refuser{parcel_hint}.</translation>
    </message>
    <message>
        <source>No reason {reason}. Use one of: {reasons}.</source>
        <translation>Pas de motif {reason}. Utilisez l&apos;un de : {reasons}.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>Photo {count} kept as evidence for {tracking}.</source>
        <translation>Photo {count} conservée comme preuve pour {tracking}.</translation>
    </message>
    <message>
        <source>That is not a kept photo. Take the photo with F8 (or scan HS:PHOTO).</source>
        <translation>Ce n&apos;est pas une photo conservée. Prenez la photo avec F8 (ou scannez HS:PHOTO).</translation>
    </message>
    <message>
        <source>{tracking} already has {limit} photos: that is the most kept.</source>
        <translation>{tracking} a déjà {limit} photos : c&apos;est le maximum.</translation>
    </message>
    <message>
        <source>Photo not kept: {reason}. Take it again or choose another file.</source>
        <translation>Photo non conservée : {reason}. Reprenez-la ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Scan a reason (HS:REASON:...) before HS:DONE.</source>
        <translation>Scannez un motif (HS:REASON:...) avant HS:DONE.</translation>
    </message>
    <message>
        <source>{tracking} REJECTED: {reason}.</source>
        <translation>{tracking} REFUSÉ : {reason}.</translation>
    </message>
    <message>
        <source>{tracking} to be rejected ({reason}): a supervisor scans their badge to sign it off. HS:CANCEL stops.</source>
        <translation>{tracking} à refuser ({reason}) : un superviseur scanne son badge pour valider. HS:CANCEL annule.</translation>
    </message>
    <message>
        <source>{tracking} REJECTED: {reason}, signed off by {supervisor}.</source>
        <translation>{tracking} REFUSÉ : {reason}, validé par {supervisor}.</translation>
    </message>
    <message>
        <source>{tracking} is {state}: it cannot be rejected here.</source>
        <translation>{tracking} est {state} : il ne peut pas être refusé ici.</translation>
    </message>
    <message>
        <source>Consolidation for {destination} open. Scan processed parcels.</source>
        <translation>Consolidation pour {destination} ouverte. Scannez les colis traités.</translation>
    </message>
    <message>
        <source>Consolidation for {destination}: {count} parcel(s) in it.</source>
        <translation>Consolidation pour {destination} : {count} colis dedans.</translation>
    </message>
    <message>
        <source>{tracking} added: {count} parcel(s) for {destination}.{packed}{dispositions}</source>
        <translation>{tracking} ajouté : {count} colis pour {destination}.{packed}{dispositions}</translation>
    </message>
    <message>
        <source>Consolidation for {destination} opened with {tracking}.{packed}{dispositions}</source>
        <translation>Consolidation pour {destination} ouverte avec {tracking}.{packed}{dispositions}</translation>
    </message>
    <message>
        <source>{tracking} is already in this consolidation ({count} parcel(s)).</source>
        <translation>{tracking} est déjà dans cette consolidation ({count} colis).</translation>
    </message>
    <message>
        <source>{tracking} is already in the consolidation for {destination}.</source>
        <translation>{tracking} est déjà dans la consolidation pour {destination}.</translation>
    </message>
    <message>
        <source>{tracking} is in bench {bench}&apos;s open consolidation. Leave it there, or have bench {bench} cancel it.</source>
        <translation>{tracking} est dans la consolidation ouverte du poste {bench}. Laissez-le là, ou faites-la annuler au poste {bench}.</translation>
    </message>
    <message>
        <source>{tracking} was REJECTED: it must not be exported.</source>
        <translation>{tracking} a été REFUSÉ : il ne doit pas être exporté.</translation>
    </message>
    <message>
        <source>{tracking} was already exported ({connote}).</source>
        <translation>{tracking} a déjà été exporté ({connote}).</translation>
    </message>
    <message>
        <source>{tracking} is {state}, not processed. Process it first.</source>
        <translation>{tracking} est {state}, pas traité. Traitez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>{tracking} goes to {parcel_destination}, not {destination}. Put it with {parcel_destination}.</source>
        <translation>{tracking} va vers {parcel_destination}, pas {destination}. Mettez-le avec {parcel_destination}.</translation>
    </message>
    <message>
        <source>{tracking} is a TEST return: it never goes with real returns. Close this consolidation, then scan it to open a TEST one.</source>
        <translation>{tracking} est un retour TEST : il ne part jamais avec de vrais retours. Clôturez ce regroupement, puis scannez-le pour en ouvrir un TEST.</translation>
    </message>
    <message>
        <source>{tracking} is a real return: this consolidation is for TEST returns only. Close it first.</source>
        <translation>{tracking} est un vrai retour : ce regroupement est réservé aux retours TEST. Clôturez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>{tracking} has no destination (no pre-advice). Call a supervisor.</source>
        <translation>{tracking} n&apos;a pas de destination (pas de pré-annonce). Appelez un superviseur.</translation>
    </message>
    <message>
        <source>No destination called {destination}.</source>
        <translation>Aucune destination nommée {destination}.</translation>
    </message>
    <message>
        <source>No consolidation is open. Scan a processed parcel or HS:DEST:&lt;code&gt;.</source>
        <translation>Aucune consolidation ouverte. Scannez un colis traité ou HS:DEST:&lt;code&gt;.</translation>
    </message>
    <message>
        <source>The consolidation for {destination} is empty: nothing to close.</source>
        <translation>La consolidation pour {destination} est vide : rien à clôturer.</translation>
    </message>
    <message>
        <source>Connote {connote}: {count} parcel(s) for {destination} in {containers} container(s), {kg} kg. They are exported when loaded at the handover (HS:HANDOVER).</source>
        <translation>Connote {connote} : {count} colis pour {destination} dans {containers} contenant(s), {kg} kg. Ils sont exportés une fois chargés à la remise (HS:HANDOVER).</translation>
    </message>
    <message>
        <source>Connote {connote}: {count} parcel(s) exported to {destination}.</source>
        <translation>Connote {connote} : {count} colis exporté(s) vers {destination}.</translation>
    </message>
    <message>
        <source>Not closed: {tracking} is stopped ({exception}). A supervisor resolves it (HS:RESOLVE:{tracking} &lt;note&gt;) or it is taken out (hold it), then close again.</source>
        <translation>Non clôturé : {tracking} est bloqué ({exception}). Un superviseur le résout (HS:RESOLVE:{tracking} &lt;note&gt;) ou il est retiré (mise en attente), puis clôturez à nouveau.</translation>
    </message>
    <message>
        <source>Consolidation for {destination} cancelled; {count} parcel(s) freed.</source>
        <translation>Consolidation pour {destination} annulée ; {count} colis libéré(s).</translation>
    </message>
</context>
<context>
    <name>outcome title</name>
    <message>
        <source>Empty scan</source>
        <comment>scan.empty</comment>
        <translation>Scan vide</translation>
    </message>
    <message>
        <source>Scan too long</source>
        <comment>scan.too_long</comment>
        <translation>Scan trop long</translation>
    </message>
    <message>
        <source>Unreadable text</source>
        <comment>scan.bad_encoding</comment>
        <translation>Texte illisible</translation>
    </message>
    <message>
        <source>Control characters</source>
        <comment>scan.control_chars</comment>
        <translation>Caractères de contrôle</translation>
    </message>
    <message>
        <source>Wrong check digit</source>
        <comment>scan.bad_check_digit</comment>
        <translation>Chiffre de contrôle erroné</translation>
    </message>
    <message>
        <source>Unreadable GS1</source>
        <comment>scan.bad_gs1</comment>
        <translation>GS1 illisible</translation>
    </message>
    <message>
        <source>GS1 without GTIN or SSCC</source>
        <comment>scan.gs1_without_key</comment>
        <translation>GS1 sans GTIN ni SSCC</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <comment>scan.unknown_command</comment>
        <translation>Commande inconnue</translation>
    </message>
    <message>
        <source>Value missing</source>
        <comment>scan.command_needs_value</comment>
        <translation>Valeur manquante</translation>
    </message>
    <message>
        <source>Takes no value</source>
        <comment>scan.command_takes_no_value</comment>
        <translation>Valeur en trop</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <comment>scan.not_saved</comment>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <comment>scan.not_recognised</comment>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <source>Logged in</source>
        <comment>auth.login</comment>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Logged out</source>
        <comment>auth.logout</comment>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <comment>auth.unknown_badge</comment>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <source>Badge disabled</source>
        <comment>auth.inactive_badge</comment>
        <translation>Badge désactivé</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <comment>auth.pin_wrong</comment>
        <translation>Code PIN erroné</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <comment>auth.pin_locked</comment>
        <translation>Code PIN bloqué</translation>
    </message>
    <message>
        <source>No PIN</source>
        <comment>auth.no_pin</comment>
        <translation>Pas de code PIN</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <comment>auth.not_logged_in</comment>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Station not allowed</source>
        <comment>auth.not_allowed</comment>
        <translation>Poste non autorisé</translation>
    </message>
    <message>
        <source>Hold not allowed</source>
        <comment>auth.hold_not_allowed</comment>
        <translation>Mise en attente non autorisée</translation>
    </message>
    <message>
        <source>Resolving not allowed</source>
        <comment>auth.resolve_not_allowed</comment>
        <translation>Résolution non autorisée</translation>
    </message>
    <message>
        <source>Station changed</source>
        <comment>station.changed</comment>
        <translation>Poste changé</translation>
    </message>
    <message>
        <source>Unknown station</source>
        <comment>station.unknown</comment>
        <translation>Poste inconnu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>cancel.done</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Nothing to cancel</source>
        <comment>cancel.nothing</comment>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Labels sent again</source>
        <comment>print.retry</comment>
        <translation>Étiquettes renvoyées</translation>
    </message>
    <message>
        <source>Photo: window only</source>
        <comment>photo.window_only</comment>
        <translation>Photo : fenêtre seulement</translation>
    </message>
    <message>
        <source>Not at this station</source>
        <comment>command.not_here</comment>
        <translation>Pas à ce poste</translation>
    </message>
    <message>
        <source>Unknown parcel</source>
        <comment>parcel.unknown</comment>
        <translation>Colis inconnu</translation>
    </message>
    <message>
        <source>No parcel selected</source>
        <comment>parcel.none</comment>
        <translation>Aucun colis choisi</translation>
    </message>
    <message>
        <source>Parcel on hold</source>
        <comment>parcel.held</comment>
        <translation>Colis en attente</translation>
    </message>
    <message>
        <source>On hold for a supervisor</source>
        <comment>parcel.held_for_supervisor</comment>
        <translation>En attente d&apos;un superviseur</translation>
    </message>
    <message>
        <source>Stopped by the central service</source>
        <comment>parcel.refused</comment>
        <translation>Bloqué par le service central</translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <comment>alert.pending</comment>
        <translation>Alerte non confirmée</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <comment>alert.ack</comment>
        <translation>Alerte confirmée</translation>
    </message>
    <message>
        <source>No alert</source>
        <comment>alert.none</comment>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <comment>hold.on</comment>
        <translation>Mis en attente</translation>
    </message>
    <message>
        <source>On hold, out of consolidation</source>
        <comment>hold.on_removed</comment>
        <translation>En attente, hors consolidation</translation>
    </message>
    <message>
        <source>Already on hold</source>
        <comment>hold.already</comment>
        <translation>Déjà en attente</translation>
    </message>
    <message>
        <source>Unknown hold reason</source>
        <comment>hold.unknown_reason</comment>
        <translation>Motif d&apos;attente inconnu</translation>
    </message>
    <message>
        <source>Someone else&apos;s hold</source>
        <comment>hold.not_owner</comment>
        <translation>Attente d&apos;un autre</translation>
    </message>
    <message>
        <source>Hold for a supervisor</source>
        <comment>hold.for_supervisor</comment>
        <translation>Attente pour superviseur</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>hold.off</comment>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Not on hold</source>
        <comment>hold.not_held</comment>
        <translation>Pas en attente</translation>
    </message>
    <message>
        <source>Not in the hub</source>
        <comment>hold.not_in_hub</comment>
        <translation>Pas dans le hub</translation>
    </message>
    <message>
        <source>Exception resolved</source>
        <comment>resolve.done</comment>
        <translation>Exception résolue</translation>
    </message>
    <message>
        <source>Escalated to the office</source>
        <comment>resolve.escalated</comment>
        <translation>Remonté au bureau</translation>
    </message>
    <message>
        <source>Nothing to escalate</source>
        <comment>resolve.escalate_refusals</comment>
        <translation>Rien à remonter</translation>
    </message>
    <message>
        <source>Say how it was resolved</source>
        <comment>resolve.need_note</comment>
        <translation>Dites comment elle a été résolue</translation>
    </message>
    <message>
        <source>No exception</source>
        <comment>resolve.nothing</comment>
        <translation>Aucune exception</translation>
    </message>
    <message>
        <source>Return created</source>
        <comment>create.done</comment>
        <translation>Retour créé</translation>
    </message>
    <message>
        <source>Already has its return</source>
        <comment>create.has_return</comment>
        <translation>A déjà son retour</translation>
    </message>
    <message>
        <source>Not in the hub</source>
        <comment>create.not_in_hub</comment>
        <translation>Pas au hub</translation>
    </message>
    <message>
        <source>Name the retailer</source>
        <comment>create.need_retailer</comment>
        <translation>Nommez le marchand</translation>
    </message>
    <message>
        <source>Field not usable</source>
        <comment>create.bad_field</comment>
        <translation>Champ inutilisable</translation>
    </message>
    <message>
        <source>Unknown retailer</source>
        <comment>create.unknown_retailer</comment>
        <translation>Enseigne inconnue</translation>
    </message>
    <message>
        <source>Retailer not usable</source>
        <comment>create.bad_retailer</comment>
        <translation>Marchand inutilisable</translation>
    </message>
    <message>
        <source>Linked to its pre-advice</source>
        <comment>link.done</comment>
        <translation>Lié à sa pré-annonce</translation>
    </message>
    <message>
        <source>No such pre-advice</source>
        <comment>link.unknown</comment>
        <translation>Pré-annonce inconnue</translation>
    </message>
    <message>
        <source>Already linked</source>
        <comment>link.already_linked</comment>
        <translation>Déjà lié</translation>
    </message>
    <message>
        <source>Pre-advised to another hub</source>
        <comment>link.other_hub</comment>
        <translation>Pré-annoncé à un autre hub</translation>
    </message>
    <message>
        <source>Arrived already</source>
        <comment>link.arrived</comment>
        <translation>Déjà arrivé</translation>
    </message>
    <message>
        <source>Arrived under another number</source>
        <comment>receive.arrived_as</comment>
        <translation>Arrivé sous un autre numéro</translation>
    </message>
    <message>
        <source>Forwarded to its hub</source>
        <comment>forward.done</comment>
        <translation>Envoyé à son hub</translation>
    </message>
    <message>
        <source>Kept here</source>
        <comment>forward.kept</comment>
        <translation>Gardé ici</translation>
    </message>
    <message>
        <source>Not misrouted</source>
        <comment>forward.not_misrouted</comment>
        <translation>Pas mal acheminé</translation>
    </message>
    <message>
        <source>Unexpected: needs its return</source>
        <comment>resolve.unexpected</comment>
        <translation>Inattendu : retour à créer</translation>
    </message>
    <message>
        <source>Container opened</source>
        <comment>container.opened</comment>
        <translation>Contenant ouvert</translation>
    </message>
    <message>
        <source>Container label taken</source>
        <comment>container.preprinted</comment>
        <translation>Étiquette de contenant prise</translation>
    </message>
    <message>
        <source>Container chosen</source>
        <comment>container.current</comment>
        <translation>Contenant choisi</translation>
    </message>
    <message>
        <source>Container opened again</source>
        <comment>container.reopened</comment>
        <translation>Contenant rouvert</translation>
    </message>
    <message>
        <source>Parcel moved</source>
        <comment>container.moved</comment>
        <translation>Colis déplacé</translation>
    </message>
    <message>
        <source>No consolidation open</source>
        <comment>container.no_consolidation</comment>
        <translation>Aucune consolidation ouverte</translation>
    </message>
    <message>
        <source>No container</source>
        <comment>container.none</comment>
        <translation>Aucun contenant</translation>
    </message>
    <message>
        <source>No GS1 company prefix</source>
        <comment>container.no_prefix</comment>
        <translation>Pas de préfixe GS1</translation>
    </message>
    <message>
        <source>SSCCs used up</source>
        <comment>container.no_prefix_left</comment>
        <translation>SSCC épuisés</translation>
    </message>
    <message>
        <source>Unknown container kind</source>
        <comment>container.unknown_kind</comment>
        <translation>Type de contenant inconnu</translation>
    </message>
    <message>
        <source>In another consolidation</source>
        <comment>container.other_consolidation</comment>
        <translation>Dans une autre consolidation</translation>
    </message>
    <message>
        <source>Container closed</source>
        <comment>container.closed</comment>
        <translation>Contenant clôturé</translation>
    </message>
    <message>
        <source>Nothing to weigh</source>
        <comment>container.none_to_weigh</comment>
        <translation>Rien à peser</translation>
    </message>
    <message>
        <source>Container empty</source>
        <comment>container.empty</comment>
        <translation>Contenant vide</translation>
    </message>
    <message>
        <source>Weighing</source>
        <comment>container.weighing</comment>
        <translation>Pesée</translation>
    </message>
    <message>
        <source>Container weighed</source>
        <comment>container.weighed</comment>
        <translation>Contenant pesé</translation>
    </message>
    <message>
        <source>Weight typed</source>
        <comment>container.weighed_by_hand</comment>
        <translation>Poids saisi</translation>
    </message>
    <message>
        <source>Weight for a supervisor</source>
        <comment>container.weight_for_supervisor</comment>
        <translation>Poids pour un superviseur</translation>
    </message>
    <message>
        <source>Not a weight</source>
        <comment>container.bad_weight</comment>
        <translation>Pas un poids</translation>
    </message>
    <message>
        <source>No weight</source>
        <comment>container.zero_weight</comment>
        <translation>Pas de poids</translation>
    </message>
    <message>
        <source>Weight too high</source>
        <comment>container.too_heavy</comment>
        <translation>Poids trop élevé</translation>
    </message>
    <message>
        <source>Container not open</source>
        <comment>container.not_open_here</comment>
        <translation>Contenant non ouvert</translation>
    </message>
    <message>
        <source>Parcels in no container</source>
        <comment>consolidate.unpacked</comment>
        <translation>Colis sans contenant</translation>
    </message>
    <message>
        <source>Containers not weighed</source>
        <comment>consolidate.unweighed</comment>
        <translation>Contenants non pesés</translation>
    </message>
    <message>
        <source>Customs data missing</source>
        <comment>consolidate.customs_missing</comment>
        <translation>Données douanières manquantes</translation>
    </message>
    <message>
        <source>Closed: to hand over</source>
        <comment>consolidate.to_hand_over</comment>
        <translation>Clôturé : à remettre</translation>
    </message>
    <message>
        <source>Handover open</source>
        <comment>handover.opened</comment>
        <translation>Remise ouverte</translation>
    </message>
    <message>
        <source>Carrier and trailer</source>
        <comment>handover.needs_trailer</comment>
        <translation>Transporteur et remorque</translation>
    </message>
    <message>
        <source>Handover open</source>
        <comment>handover.already_open</comment>
        <translation>Remise ouverte</translation>
    </message>
    <message>
        <source>Containers only</source>
        <comment>handover.containers_only</comment>
        <translation>Contenants seulement</translation>
    </message>
    <message>
        <source>Container loaded</source>
        <comment>handover.loaded</comment>
        <translation>Contenant chargé</translation>
    </message>
    <message>
        <source>Already loaded</source>
        <comment>handover.already_loaded</comment>
        <translation>Déjà chargé</translation>
    </message>
    <message>
        <source>Loaded at another bench</source>
        <comment>handover.loaded_elsewhere</comment>
        <translation>Chargé à un autre poste</translation>
    </message>
    <message>
        <source>Already handed over</source>
        <comment>handover.gone</comment>
        <translation>Déjà remis</translation>
    </message>
    <message>
        <source>Consolidation open</source>
        <comment>handover.not_closed</comment>
        <translation>Consolidation ouverte</translation>
    </message>
    <message>
        <source>Unknown container</source>
        <comment>handover.unknown_container</comment>
        <translation>Contenant inconnu</translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <comment>handover.empty</comment>
        <translation>Rien de chargé</translation>
    </message>
    <message>
        <source>Containers left behind</source>
        <comment>handover.left_behind</comment>
        <translation>Contenants laissés</translation>
    </message>
    <message>
        <source>A parcel is stopped</source>
        <comment>handover.member_refused</comment>
        <translation>Un colis est bloqué</translation>
    </message>
    <message>
        <source>Handed over: exported</source>
        <comment>handover.closed</comment>
        <translation>Remis : exporté</translation>
    </message>
    <message>
        <source>Handover cancelled</source>
        <comment>handover.cancelled</comment>
        <translation>Remise annulée</translation>
    </message>
    <message>
        <source>Consolidation reopened</source>
        <comment>reopen.done</comment>
        <translation>Consolidation rouverte</translation>
    </message>
    <message>
        <source>Not closed here</source>
        <comment>reopen.unknown</comment>
        <translation>Pas clôturée ici</translation>
    </message>
    <message>
        <source>Already loaded</source>
        <comment>reopen.gone</comment>
        <translation>Déjà chargé</translation>
    </message>
    <message>
        <source>Another one open</source>
        <comment>reopen.other_open</comment>
        <translation>Une autre ouverte</translation>
    </message>
    <message>
        <source>For a supervisor</source>
        <comment>reopen.for_supervisor</comment>
        <translation>Pour un superviseur</translation>
    </message>
    <message>
        <source>No scale</source>
        <comment>scale.none</comment>
        <translation>Pas de balance</translation>
    </message>
    <message>
        <source>Scale not found</source>
        <comment>scale.unplugged</comment>
        <translation>Balance introuvable</translation>
    </message>
    <message>
        <source>Scale silent</source>
        <comment>scale.no_answer</comment>
        <translation>Balance muette</translation>
    </message>
    <message>
        <source>Scale not steady</source>
        <comment>scale.unstable</comment>
        <translation>Balance instable</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <comment>scale.overload</comment>
        <translation>Balance surchargée</translation>
    </message>
    <message>
        <source>Scale below zero</source>
        <comment>scale.underload</comment>
        <translation>Balance sous zéro</translation>
    </message>
    <message>
        <source>Scale refused</source>
        <comment>scale.refused</comment>
        <translation>Balance a refusé</translation>
    </message>
    <message>
        <source>Scale reply unreadable</source>
        <comment>scale.unreadable</comment>
        <translation>Réponse de balance illisible</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>receive.ok</comment>
        <translation>Réceptionné</translation>
    </message>
    <message>
        <source>Received: alert</source>
        <comment>receive.alert</comment>
        <translation>Reçu : alerte</translation>
    </message>
    <message>
        <source>Received, held: refused</source>
        <comment>receive.held_refused</comment>
        <translation>Reçu, en attente : refusé</translation>
    </message>
    <message>
        <source>Received, held: cancelled</source>
        <comment>receive.held_cancelled</comment>
        <translation>Reçu, en attente : annulé</translation>
    </message>
    <message>
        <source>Received, approval pending</source>
        <comment>receive.pending_approval</comment>
        <translation>Reçu, accord en attente</translation>
    </message>
    <message>
        <source>Received, not pre-advised</source>
        <comment>receive.unexpected</comment>
        <translation>Réceptionné, non pré-annoncé</translation>
    </message>
    <message>
        <source>Already received</source>
        <comment>receive.repeat</comment>
        <translation>Déjà réceptionné</translation>
    </message>
    <message>
        <source>Already exported</source>
        <comment>receive.exported</comment>
        <translation>Déjà exporté</translation>
    </message>
    <message>
        <source>Already rejected</source>
        <comment>receive.rejected</comment>
        <translation>Déjà refusé</translation>
    </message>
    <message>
        <source>Already delivered</source>
        <comment>receive.delivered</comment>
        <translation>Déjà livré</translation>
    </message>
    <message>
        <source>For another hub</source>
        <comment>receive.other_hub</comment>
        <translation>Pour un autre hub</translation>
    </message>
    <message>
        <source>Item, not a parcel</source>
        <comment>receive.not_parcel</comment>
        <translation>Article, pas un colis</translation>
    </message>
    <message>
        <source>Processing started</source>
        <comment>process.started</comment>
        <translation>Traitement commencé</translation>
    </message>
    <message>
        <source>Processing started: alert</source>
        <comment>process.started_alert</comment>
        <translation>Traitement commencé : alerte</translation>
    </message>
    <message>
        <source>Started, not pre-advised</source>
        <comment>process.started_unexpected</comment>
        <translation>Commencé, non pré-annoncé</translation>
    </message>
    <message>
        <source>Processing resumed</source>
        <comment>process.resumed</comment>
        <translation>Traitement repris</translation>
    </message>
    <message>
        <source>Parcel switched</source>
        <comment>process.switched</comment>
        <translation>Changement de colis</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <comment>process.not_received</comment>
        <translation>Pas encore réceptionné</translation>
    </message>
    <message>
        <source>Already processed</source>
        <comment>process.already_processed</comment>
        <translation>Déjà traité</translation>
    </message>
    <message>
        <source>Cannot be processed</source>
        <comment>process.closed</comment>
        <translation>Traitement impossible</translation>
    </message>
    <message>
        <source>Item scanned</source>
        <comment>process.item_ok</comment>
        <translation>Article scanné</translation>
    </message>
    <message>
        <source>More than expected</source>
        <comment>process.item_over</comment>
        <translation>Plus que prévu</translation>
    </message>
    <message>
        <source>Extra item</source>
        <comment>process.item_extra</comment>
        <translation>Article en supplément</translation>
    </message>
    <message>
        <source>Graded</source>
        <comment>process.graded</comment>
        <translation>Classé</translation>
    </message>
    <message>
        <source>Grade not used here</source>
        <comment>process.bad_grade</comment>
        <translation>Grade non utilisé ici</translation>
    </message>
    <message>
        <source>Nothing to grade</source>
        <comment>process.nothing_to_grade</comment>
        <translation>Rien à classer</translation>
    </message>
    <message>
        <source>Disposition given</source>
        <comment>process.disposed</comment>
        <translation>Destination donnée</translation>
    </message>
    <message>
        <source>Disposition not used here</source>
        <comment>process.bad_disposition</comment>
        <translation>Destination non prévue</translation>
    </message>
    <message>
        <source>Nothing to dispose of</source>
        <comment>process.nothing_to_dispose</comment>
        <translation>Aucun article à orienter</translation>
    </message>
    <message>
        <source>No items scanned</source>
        <comment>process.no_items</comment>
        <translation>Aucun article scanné</translation>
    </message>
    <message>
        <source>Item rejected</source>
        <comment>process.item_rejected</comment>
        <translation>Article refusé</translation>
    </message>
    <message>
        <source>Nothing to reject</source>
        <comment>process.nothing_to_reject</comment>
        <translation>Rien à refuser</translation>
    </message>
    <message>
        <source>Photo kept</source>
        <comment>process.item_evidence</comment>
        <translation>Photo conservée</translation>
    </message>
    <message>
        <source>Processed</source>
        <comment>process.done</comment>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Processed with differences</source>
        <comment>process.done_discrepancy</comment>
        <translation>Traité avec écarts</translation>
    </message>
    <message>
        <source>Parcel selected</source>
        <comment>reject.parcel</comment>
        <translation>Colis choisi</translation>
    </message>
    <message>
        <source>Reason chosen</source>
        <comment>reject.reason</comment>
        <translation>Motif choisi</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <comment>reject.unknown_reason</comment>
        <translation>Motif inconnu</translation>
    </message>
    <message>
        <source>Note added</source>
        <comment>reject.note</comment>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Photo kept</source>
        <comment>reject.evidence</comment>
        <translation>Photo conservée</translation>
    </message>
    <message>
        <source>Unknown photo</source>
        <comment>reject.bad_evidence</comment>
        <translation>Photo inconnue</translation>
    </message>
    <message>
        <source>Too many photos</source>
        <comment>reject.too_much_evidence</comment>
        <translation>Trop de photos</translation>
    </message>
    <message>
        <source>Photo not kept</source>
        <comment>reject.photo_unusable</comment>
        <translation>Photo non conservée</translation>
    </message>
    <message>
        <source>Reason missing</source>
        <comment>reject.need_reason</comment>
        <translation>Motif manquant</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>reject.done</comment>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Sign-off needed</source>
        <comment>reject.needs_signoff</comment>
        <translation>Validation requise</translation>
    </message>
    <message>
        <source>Rejected, signed off</source>
        <comment>reject.signed_off</comment>
        <translation>Refusé et validé</translation>
    </message>
    <message>
        <source>Cannot be rejected</source>
        <comment>reject.not_in_hub</comment>
        <translation>Refus impossible</translation>
    </message>
    <message>
        <source>Consolidation opened</source>
        <comment>consolidate.opened</comment>
        <translation>Consolidation ouverte</translation>
    </message>
    <message>
        <source>Consolidation resumed</source>
        <comment>consolidate.resumed</comment>
        <translation>Consolidation reprise</translation>
    </message>
    <message>
        <source>Parcel added</source>
        <comment>consolidate.added</comment>
        <translation>Colis ajouté</translation>
    </message>
    <message>
        <source>Added, consolidation opened</source>
        <comment>consolidate.opened_added</comment>
        <translation>Ajouté, consolidation ouverte</translation>
    </message>
    <message>
        <source>Already added</source>
        <comment>consolidate.already_in</comment>
        <translation>Déjà ajouté</translation>
    </message>
    <message>
        <source>In another consolidation</source>
        <comment>consolidate.in_other</comment>
        <translation>Dans une autre consolidation</translation>
    </message>
    <message>
        <source>At another bench</source>
        <comment>consolidate.at_other_bench</comment>
        <translation>Sur un autre poste</translation>
    </message>
    <message>
        <source>Rejected: not for export</source>
        <comment>consolidate.rejected</comment>
        <translation>Refusé : pas d&apos;export</translation>
    </message>
    <message>
        <source>Already exported</source>
        <comment>consolidate.exported</comment>
        <translation>Déjà exporté</translation>
    </message>
    <message>
        <source>Not processed</source>
        <comment>consolidate.unprocessed</comment>
        <translation>Non traité</translation>
    </message>
    <message>
        <source>Other destination</source>
        <comment>consolidate.other_destination</comment>
        <translation>Autre destination</translation>
    </message>
    <message>
        <source>Test return: kept apart</source>
        <comment>consolidate.test_apart</comment>
        <translation>Retour test : à part</translation>
    </message>
    <message>
        <source>Real return: not in a test</source>
        <comment>consolidate.real_apart</comment>
        <translation>Vrai retour : pas dans un test</translation>
    </message>
    <message>
        <source>No destination</source>
        <comment>consolidate.no_destination</comment>
        <translation>Sans destination</translation>
    </message>
    <message>
        <source>Unknown destination</source>
        <comment>consolidate.unknown_destination</comment>
        <translation>Destination inconnue</translation>
    </message>
    <message>
        <source>No consolidation open</source>
        <comment>consolidate.none_open</comment>
        <translation>Aucune consolidation ouverte</translation>
    </message>
    <message>
        <source>Consolidation empty</source>
        <comment>consolidate.empty</comment>
        <translation>Consolidation vide</translation>
    </message>
    <message>
        <source>Closed: to hand over</source>
        <comment>consolidate.closed</comment>
        <translation>Clôturé : à remettre</translation>
    </message>
    <message>
        <source>Closed and exported</source>
        <comment>consolidate.closed_test</comment>
        <translation>Clôturée et exportée</translation>
    </message>
    <message>
        <source>A parcel is stopped</source>
        <comment>consolidate.member_refused</comment>
        <translation>Un colis est bloqué</translation>
    </message>
    <message>
        <source>Consolidation cancelled</source>
        <comment>consolidate.cancelled</comment>
        <translation>Consolidation annulée</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Evidence photo</source>
        <translation>Photo de preuve</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>No label printer is set: set printer.url in the settings.</source>
        <translation>Aucune imprimante d&apos;étiquettes : réglez printer.url dans les paramètres.</translation>
    </message>
    <message>
        <source>The central service is set up but this station has no token: run &apos;hubscan token set&apos;.</source>
        <translation>Le service central est configuré mais ce poste n&apos;a pas de jeton : lancez « hubscan token set ».</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>staff</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>dispatcher</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>process</source>
        <translation>traitement</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>consolidate</source>
        <translation>consolidation</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
</TS>
