<?xml version="1.0" encoding="utf-8"?>
<!-- French translation of LabClient. Produced by machine translation (a language model) on 2026-12-04; every text awaits review by a native speaker. Texts marked unfinished were unsure. -->
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Ajouter un utilisateur</translation>
        </message>
        <message>
            <source>The user is added on this workstation and can log in at once with this PIN. They show as awaiting the hub until the hub's user list confirms them.</source>
            <translation>L'utilisateur est ajouté sur ce poste et peut se connecter tout de suite avec ce PIN. Il est marqué « en attente du hub » jusqu'à ce que la liste d'utilisateurs du hub le confirme.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Confirmation du PIN</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>&amp;PIN ({0} to {1} characters):</source>
            <translation>&amp;PIN ({0} à {1} caractères) :</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Confirmez le PIN :</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Ajouter l'utilisateur</translation>
        </message>
        <message>
            <source>Type the person's name.</source>
            <translation>Tapez le nom de la personne.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>Les deux PIN ne sont pas identiques. Tapez de nouveau le PIN deux fois.</translation>
        </message>
        <message>
            <source>Type a name of 1 to {0} characters.</source>
            <translation>Tapez un nom de 1 à {0} caractères.</translation>
        </message>
    </context>
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Sync and hub</source>
            <translation>Synchronisation et hub</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Adresse du hub</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Code d'inscription</translation>
        </message>
        <message>
            <source>Enrol this workstation</source>
            <translation>Inscrire ce poste</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Hub</translation>
        </message>
        <message>
            <source>Connected to:</source>
            <translation>Connecté à :</translation>
        </message>
        <message>
            <source>Hub &amp;address:</source>
            <translation>&amp;Adresse du hub :</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>&amp;Code d'inscription :</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Synchroniser (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Annuler la synchronisation</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Progression de la synchronisation</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Write the outbox to a USB stick…</source>
            <translation>Copier la boîte d'envoi sur une clé USB…</translation>
        </message>
        <message>
            <source>Write the outbox to a USB stick</source>
            <translation>Copier la boîte d'envoi sur une clé USB</translation>
        </message>
        <message>
            <source>For 'labhub import-outbox' where the hub can be reached; the items stay here until its receipt is read</source>
            <translation>Pour « labhub import-outbox », là où le hub est joignable ; les éléments restent ici jusqu'à la lecture de son reçu</translation>
        </message>
        <message>
            <source>Read the hub's receipt…</source>
            <translation>Lire le reçu du hub…</translation>
        </message>
        <message>
            <source>Read the hub's receipt</source>
            <translation>Lire le reçu du hub</translation>
        </message>
        <message>
            <source>Read new work from the hub…</source>
            <translation type="unfinished">Lire le nouveau travail du hub…</translation>
        </message>
        <message>
            <source>Read new work from the hub</source>
            <translation type="unfinished">Lire le nouveau travail du hub</translation>
        </message>
        <message>
            <source>The file 'labhub export-lab' wrote: new batches, the lab's people and the receipts, for when the line is down</source>
            <translation type="unfinished">Le fichier écrit par « labhub export-lab » : nouveaux lots, personnes du labo et accusés de réception, quand la ligne est coupée</translation>
        </message>
        <message>
            <source>Sync automatically every (minutes)</source>
            <translation>Synchroniser automatiquement toutes les (minutes)</translation>
        </message>
        <message>
            <source>only when asked</source>
            <translation>seulement sur demande</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Media to fetch ahead (MB)</source>
            <translation>Médias à télécharger d'avance (Mo)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> Mo</translation>
        </message>
        <message>
            <source>New batches are fetched only while the media of the work not yet done stays below this. The first batch always comes.</source>
            <translation>De nouveaux lots ne sont téléchargés que tant que les médias du travail pas encore fait restent sous cette limite. Le premier lot arrive toujours.</translation>
        </message>
        <message>
            <source>Data over the line a day, at most (MB)</source>
            <translation type="unfinished">Données sur la ligne par jour, au plus (Mo)</translation>
        </message>
        <message>
            <source>Data over the line a month, at most (MB)</source>
            <translation type="unfinished">Données sur la ligne par mois, au plus (Mo)</translation>
        </message>
        <message>
            <source> MB a day</source>
            <translation type="unfinished"> Mo par jour</translation>
        </message>
        <message>
            <source>no daily limit</source>
            <translation type="unfinished">aucune limite par jour</translation>
        </message>
        <message>
            <source> MB a month</source>
            <translation type="unfinished"> Mo par mois</translation>
        </message>
        <message>
            <source>no monthly limit</source>
            <translation type="unfinished">aucune limite par mois</translation>
        </message>
        <message>
            <source>What the syncs may carry over a metered line. Results and timesheets go first, then new work; a sync stops before the budget is passed.</source>
            <translation type="unfinished">Ce que les synchronisations peuvent faire passer sur une ligne facturée. Les résultats et les feuilles de temps passent d’abord, puis le nouveau travail ; une synchronisation s’arrête avant de dépasser le budget.</translation>
        </message>
        <message>
            <source>Lab relay address</source>
            <translation type="unfinished">Adresse du relais du labo</translation>
        </message>
        <message>
            <source>Where 'labclient relay' runs on this lab's network, as it says when it starts. Media files come from it first; nothing else goes to it. Empty: none.</source>
            <translation type="unfinished">Où tourne « labclient relay » sur le réseau de ce labo, comme il l’indique au démarrage. Les fichiers médias viennent d’abord de lui ; rien d’autre ne lui est envoyé. Vide : aucun.</translation>
        </message>
        <message>
            <source>none: media comes from the hub</source>
            <translation type="unfinished">aucun : les médias viennent du hub</translation>
        </message>
        <message>
            <source>Find on the network</source>
            <translation type="unfinished">Trouver sur le réseau</translation>
        </message>
        <message>
            <source>Find the lab relay on the network</source>
            <translation type="unfinished">Trouver le relais du labo sur le réseau</translation>
        </message>
        <message>
            <source>Look for the lab relay of this hub on the lab's network, and use it</source>
            <translation type="unfinished">Chercher le relais du labo de ce hub sur le réseau du labo, et l'utiliser</translation>
        </message>
        <message>
            <source>Language of the window for everyone</source>
            <translation type="unfinished">Langue de la fenêtre pour tout le monde</translation>
        </message>
        <message>
            <source>The computer's language</source>
            <translation type="unfinished">La langue de l’ordinateur</translation>
        </message>
        <message>
            <source>Sync auto&amp;matically every:</source>
            <translation>Synchroniser auto&amp;matiquement toutes les :</translation>
        </message>
        <message>
            <source>Media to &amp;fetch ahead, at most:</source>
            <translation>Médias à &amp;télécharger d'avance, au plus :</translation>
        </message>
        <message>
            <source>&amp;Data over the line, at most:</source>
            <translation type="unfinished">&amp;Données sur la ligne, au plus :</translation>
        </message>
        <message>
            <source>Lab &amp;relay:</source>
            <translation type="unfinished">&amp;Relais du labo :</translation>
        </message>
        <message>
            <source>&amp;Language for everyone:</source>
            <translation type="unfinished">&amp;Langue pour tout le monde :</translation>
        </message>
        <message>
            <source>Sync history</source>
            <translation>Historique des synchronisations</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyés</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçus</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Refused by the hub</source>
            <translation>Refusés par le hub</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Results another workstation answered first</source>
            <translation>Tâches auxquelles un autre poste a répondu d'abord</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>What the hub said</source>
            <translation>Réponse du hub</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>Détails de la synchronisation</translation>
        </message>
        <message>
            <source>Sync &amp;history</source>
            <translation>&amp;Historique des synchronisations</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Enrol this workstation first: type the hub address and the enrolment code above.</source>
            <translation>Inscrivez d'abord ce poste : tapez l'adresse du hub et le code d'inscription ci-dessus.</translation>
        </message>
        <message>
            <source>Where to write the outbox (the USB stick)</source>
            <translation>Où copier la boîte d'envoi (la clé USB)</translation>
        </message>
        <message>
            <source>The hub's receipt</source>
            <translation>Le reçu du hub</translation>
        </message>
        <message>
            <source>Receipts (*.lcr)</source>
            <translation>Reçus (*.lcr)</translation>
        </message>
        <message>
            <source>The hub's file for this lab</source>
            <translation type="unfinished">Le fichier du hub pour ce labo</translation>
        </message>
        <message>
            <source>Lab files (*.lcl)</source>
            <translation type="unfinished">Fichiers de labo (*.lcl)</translation>
        </message>
        <message numerus="yes">
            <source>Read the hub's file: %n new batch(es).</source>
            <translation type="unfinished">
                <numerusform>Fichier du hub lu : %n nouveau lot.</numerusform>
                <numerusform>Fichier du hub lu : %n nouveaux lots.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">
                <numerusform>%n élément répondu par le hub a quitté la boîte d'envoi.</numerusform>
                <numerusform>%n éléments répondus par le hub ont quitté la boîte d'envoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) not taken, e.g. {0}: {1}</source>
            <translation type="unfinished">
                <numerusform>%n lot non pris : {0} : {1}</numerusform>
                <numerusform>%n lots non pris, par ex. {0} : {1}</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the hub's file…</source>
            <translation type="unfinished">Lecture du fichier du hub…</translation>
        </message>
        <message>
            <source>Writing the outbox…</source>
            <translation>Copie de la boîte d'envoi…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n item(s) to {0}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
            <translation type="unfinished">
                <numerusform>%n élément copié dans {0}. Apportez la clé là où le hub est joignable (labhub import-outbox), puis lisez le reçu ici ; d'ici là, il reste sur cet ordinateur.</numerusform>
                <numerusform>%n éléments copiés dans {0}. Apportez la clé là où le hub est joignable (labhub import-outbox), puis lisez le reçu ici ; d'ici là, ils restent sur cet ordinateur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Receipt read: %n item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">
                <numerusform>Reçu lu : %n élément traité par le hub a quitté la boîte d'envoi.</numerusform>
                <numerusform>Reçu lu : %n éléments traités par le hub ont quitté la boîte d'envoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The last sync did not take %n batch(es) the hub sent. Its line in the sync history says which and why.</source>
            <translation type="unfinished">
                <numerusform>La dernière synchronisation n'a pas pris %n lot envoyé par le hub. Sa ligne dans l'historique des synchronisations dit lequel et pourquoi.</numerusform>
                <numerusform>La dernière synchronisation n'a pas pris %n lots envoyés par le hub. Sa ligne dans l'historique des synchronisations dit lesquels et pourquoi.</numerusform>
            </translation>
        </message>
        <message>
            <source>not enrolled</source>
            <translation>non inscrit</translation>
        </message>
        <message>
            <source>&amp;Refused by the hub ({0})</source>
            <translation>&amp;Refusés par le hub ({0})</translation>
        </message>
        <message>
            <source>Answered &amp;elsewhere first ({0})</source>
            <translation>Répondues a&amp;illeurs d'abord ({0})</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished">terminée</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation type="unfinished">pas de connexion</translation>
        </message>
        <message>
            <source>data budget used</source>
            <translation type="unfinished">budget de données épuisé</translation>
        </message>
        <message>
            <source>hub busy</source>
            <translation type="unfinished">hub occupé</translation>
        </message>
        <message>
            <source>refused credential</source>
            <translation type="unfinished">identifiant refusé</translation>
        </message>
        <message>
            <source>not the hub's answer</source>
            <translation type="unfinished">réponse d'un autre que le hub</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished">annulée</translation>
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished">échouée</translation>
        </message>
        <message>
            <source>Only a partner admin who is logged in may change this. Close this screen and open it again with Ctrl+Shift+A.</source>
            <translation>Seul un admin partenaire connecté peut modifier ceci. Fermez cet écran et rouvrez-le avec Ctrl+Shift+A.</translation>
        </message>
        <message>
            <source>The day's data budget cannot be larger than the month's.</source>
            <translation type="unfinished">Le budget de données du jour ne peut pas dépasser celui du mois.</translation>
        </message>
        <message>
            <source>Media comes from the lab relay at {0} first, from the next sync on.</source>
            <translation type="unfinished">Les médias viennent d’abord du relais du labo à {0}, à partir de la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Media comes from the hub.</source>
            <translation type="unfinished">Les médias viennent du hub.</translation>
        </message>
        <message>
            <source>That is not a relay address: type it as 'labclient relay' says it, for example http://192.168.1.10:8765. Nothing changed.</source>
            <translation type="unfinished">Ce n’est pas une adresse de relais : tapez-la comme « labclient relay » l’indique, par exemple http://192.168.1.10:8765. Rien n’a changé.</translation>
        </message>
        <message>
            <source>Looking for the lab relay on this network…</source>
            <translation type="unfinished">Recherche du relais du labo sur ce réseau…</translation>
        </message>
        <message>
            <source>No lab relay of this hub answered on this network. Is 'labclient relay' running there? Or type its address.</source>
            <translation type="unfinished">Aucun relais du labo de ce hub n'a répondu sur ce réseau. 'labclient relay' tourne-t-il ? Sinon, tapez son adresse.</translation>
        </message>
        <message>
            <source>Found the lab relay at {0}: media comes from it first, from the next sync on.</source>
            <translation type="unfinished">Relais du labo trouvé à {0} : les médias viennent d'abord de lui, dès la prochaine synchronisation.</translation>
        </message>
        <message numerus="yes">
            <source>%n lab relay(s) answered; the first, at {0}, is used. Type another's address to choose it.</source>
            <translation type="unfinished">
                <numerusform>%n relais du labo a répondu ; il est utilisé : {0}.</numerusform>
                <numerusform>%n relais du labo ont répondu ; le premier, à {0}, est utilisé. Tapez l'adresse d'un autre pour le choisir.</numerusform>
            </translation>
        </message>
        <message>
            <source>today {0} MB</source>
            <translation type="unfinished">aujourd’hui {0} Mo</translation>
        </message>
        <message>
            <source>today {0} of {1} MB</source>
            <translation type="unfinished">aujourd’hui {0} sur {1} Mo</translation>
        </message>
        <message>
            <source>this month {0} MB</source>
            <translation type="unfinished">ce mois-ci {0} Mo</translation>
        </message>
        <message>
            <source>this month {0} of {1} MB</source>
            <translation type="unfinished">ce mois-ci {0} sur {1} Mo</translation>
        </message>
        <message>
            <source>Used: {0} · {1}</source>
            <translation type="unfinished">Utilisé : {0} · {1}</translation>
        </message>
        <message>
            <source>The whole lab, as the relay counted at the last sync: {0} · {1}</source>
            <translation type="unfinished">Tout le labo, compté par le relais à la dernière synchronisation : {0} · {1}</translation>
        </message>
        <message numerus="yes">
            <source>used up: %n item(s) and new work wait</source>
            <translation type="unfinished">
                <numerusform>épuisé : %n élément et le nouveau travail attendent</numerusform>
                <numerusform>épuisé : %n éléments et le nouveau travail attendent</numerusform>
            </translation>
        </message>
        <message>
            <source>Enrolling…</source>
            <translation>Inscription…</translation>
        </message>
        <message>
            <source>Enrolled for lab {0}. Sync now to fetch work.</source>
            <translation>Inscrit pour le labo {0}. Synchronisez maintenant pour recevoir du travail.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>{0}  ({1} sent, {2} received)</source>
            <translation>{0}  ({1} envoyés, {2} reçus)</translation>
        </message>
        <message>
            <source>Wrote {0} item(s) to {1}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
            <translation type="vanished">{0} élément(s) copié(s) dans {1}. Apportez la clé là où le hub est joignable (labhub import-outbox), puis lisez le reçu ici ; d'ici là, ils restent sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Receipt read: {0} item(s) answered by the hub left the outbox.</source>
            <translation type="vanished">Reçu lu : {0} élément(s) traité(s) par le hub ont quitté la boîte d'envoi.</translation>
        </message>
        <message>
            <source>The last sync did not take {0} batch(es) the hub sent. Its line in the sync history says which and why.</source>
            <translation type="vanished">La dernière synchronisation n'a pas pris {0} lot(s) envoyé(s) par le hub. Sa ligne dans l'historique des synchronisations dit lesquels et pourquoi.</translation>
        </message>
    </context>
    <context>
        <name>AdminLogin</name>
        <message>
            <source>Admin screen</source>
            <translation>Écran d'administration</translation>
        </message>
        <message>
            <source>Only a partner admin may open the admin screen. Admin, log in here:</source>
            <translation>Seul un admin partenaire peut ouvrir l'écran d'administration. Admin, connectez-vous ici :</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>Nom de l'admin</translation>
        </message>
        <message>
            <source>Admin's PIN</source>
            <translation>PIN de l'admin</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN :</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Open the admin screen (Enter)</source>
            <translation>Ouvrir l'écran d'administration (Enter)</translation>
        </message>
        <message>
            <source>Open the admin screen</source>
            <translation>Ouvrir l'écran d'administration</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Annuler (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{0} is not a partner admin, so they cannot open the admin screen. Ask the partner admin.</source>
            <translation>{0} n'est pas admin partenaire et ne peut donc pas ouvrir l'écran d'administration. Demandez à l'admin partenaire.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>LabClient cannot start</source>
            <translation>LabClient ne peut pas démarrer</translation>
        </message>
    </context>
    <context>
        <name>AudioPlayer</name>
        <message>
            <source>Play or pause</source>
            <translation>Lecture ou pause</translation>
        </message>
        <message>
            <source>Skip back</source>
            <translation>Reculer</translation>
        </message>
        <message>
            <source>Skip forward</source>
            <translation>Avancer</translation>
        </message>
        <message>
            <source>Position in clip</source>
            <translation>Position dans l'extrait</translation>
        </message>
        <message>
            <source>Loop (F9)</source>
            <translation>Boucle (F9)</translation>
        </message>
        <message>
            <source>Loop the clip</source>
            <translation>Lire l'extrait en boucle</translation>
        </message>
        <message>
            <source>Rewind on resume, seconds</source>
            <translation>Retour en arrière à la reprise, en secondes</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>How far playback steps back when you resume after a pause</source>
            <translation>De combien la lecture recule quand vous reprenez après une pause</translation>
        </message>
        <message>
            <source>Rewind on resume:</source>
            <translation>Retour à la reprise :</translation>
        </message>
        <message>
            <source>Keys…</source>
            <translation>Touches…</translation>
        </message>
        <message>
            <source>Choose the player's keys (a foot pedal)</source>
            <translation>Choisir les touches du lecteur (pédale)</translation>
        </message>
        <message>
            <source>Skip back {0} s ({1})</source>
            <translation>Reculer de {0} s ({1})</translation>
        </message>
        <message>
            <source>Skip forward {0} s ({1})</source>
            <translation>Avancer de {0} s ({1})</translation>
        </message>
        <message>
            <source>◀◀ Back ({0})</source>
            <translation>◀◀ Reculer ({0})</translation>
        </message>
        <message>
            <source>Forward ({0}) ▶▶</source>
            <translation>Avancer ({0}) ▶▶</translation>
        </message>
        <message>
            <source>Player keys</source>
            <translation>Touches du lecteur</translation>
        </message>
        <message>
            <source>Press the key (or the pedal) for each action. A foot pedal that presents itself as a keyboard works like any key.</source>
            <translation>Appuyez sur la touche (ou la pédale) pour chaque action. Une pédale qui se présente comme un clavier marche comme n'importe quelle touche.</translation>
        </message>
        <message>
            <source>&amp;Play and pause:</source>
            <translation>&amp;Lecture et pause :</translation>
        </message>
        <message>
            <source>Skip &amp;back:</source>
            <translation>&amp;Reculer :</translation>
        </message>
        <message>
            <source>Skip &amp;forward:</source>
            <translation>&amp;Avancer :</translation>
        </message>
        <message>
            <source>Each action needs a key.</source>
            <translation>Chaque action a besoin d'une touche.</translation>
        </message>
        <message>
            <source>Give each action a key of its own.</source>
            <translation>Donnez à chaque action sa propre touche.</translation>
        </message>
        <message>
            <source>{0} is taken: LabClient uses it, or it types text. Choose another key.</source>
            <translation>{0} est déjà utilisée : LabClient s'en sert, ou elle sert à taper du texte. Choisissez une autre touche.</translation>
        </message>
        <message>
            <source>❚❚ Pause ({0})</source>
            <translation>❚❚ Pause ({0})</translation>
        </message>
        <message>
            <source>▶ Play ({0})</source>
            <translation>▶ Lecture ({0})</translation>
        </message>
        <message>
            <source>No sound output: plug in the headset, or check that the sound is on. The clip plays, but you will not hear it.</source>
            <translation>Pas de sortie son : branchez le casque, ou vérifiez que le son est activé. L'extrait est lu, mais vous ne l'entendrez pas.</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>le fichier est introuvable</translation>
        </message>
        <message>
            <source>Speed {0}× (F7/F8)</source>
            <translation>Vitesse {0}× (F7/F8)</translation>
        </message>
        <message>
            <source>the picture is {0}×{1} pixels; the most LabClient shows is 3840×2160</source>
            <translation type="unfinished">l’image fait {0}×{1} pixels ; LabClient en montre au plus 3840×2160</translation>
        </message>
        <message>
            <source>the file has no picture: it is not a video</source>
            <translation type="unfinished">le fichier n’a pas d’image : ce n’est pas une vidéo</translation>
        </message>
        <message>
            <source>the clip cannot be decoded</source>
            <translation>l'extrait ne peut pas être décodé</translation>
        </message>
    </context>
    <context>
        <name>BoxEditor</name>
        <message>
            <source>Arrows move the crosshair, B starts and ends a box, Tab selects the next box, digits set its label, Delete removes it</source>
            <translation type="unfinished">Les flèches déplacent la croix, B commence et termine un cadre, Tab sélectionne le cadre suivant, les chiffres choisissent son étiquette, Delete le supprime</translation>
        </message>
        <message>
            <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
            <translation type="unfinished">Zoom avec Ctrl+Plus et Ctrl+Minus, ajuster avec Ctrl+0</translation>
        </message>
    </context>
    <context>
        <name>CancelQuestion</name>
        <message>
            <source>Cancel shift</source>
            <translation>Annuler le créneau</translation>
        </message>
        <message>
            <source>&amp;Cancel the shift</source>
            <translation>&amp;Annuler le créneau</translation>
        </message>
        <message>
            <source>Cancel the shift</source>
            <translation>Annuler le créneau</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Garder</translation>
        </message>
        <message>
            <source>Keep the shift</source>
            <translation>Garder le créneau</translation>
        </message>
    </context>
    <context>
        <name>CaptioningView</name>
        <message>
            <source>Captions</source>
            <extracomment>How far the decoded clip's length may be from the task's ``duration_ms`` (the larger of the two applies) before the task is shown as broken: captions timed against the wrong length would be refused, or pass and run past the real end.</extracomment>
            <translation type="unfinished">Sous-titres</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished">Fin</translation>
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished">Texte</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished">Problèmes</translation>
        </message>
        <message>
            <source>Caption text</source>
            <translation type="unfinished">Texte du sous-titre</translation>
        </message>
        <message>
            <source>Press Ctrl+Shift+N for a caption at the play position, then type</source>
            <translation type="unfinished">Appuyez sur Ctrl+Shift+N pour un sous-titre à la position de lecture, puis tapez</translation>
        </message>
        <message>
            <source>&amp;Caption</source>
            <translation type="unfinished">&amp;Sous-titre</translation>
        </message>
        <message>
            <source>Esc play/pause · Ctrl+Shift+N new caption · Ctrl+[ / Ctrl+] start/end at the play position · Alt+arrows move start (Shift: end) · Alt+Up/Down captions · Ctrl+Shift+K split · Ctrl+Shift+M merge</source>
            <translation type="unfinished">Esc lecture/pause · Ctrl+Shift+N nouveau sous-titre · Ctrl+[ / Ctrl+] début/fin à la position de lecture · Alt+flèches déplacer le début (Shift : la fin) · Alt+Up/Down sous-titres · Ctrl+Shift+K couper · Ctrl+Shift+M fusionner</translation>
        </message>
        <message>
            <source>{0} – {1} · longest line {2}/{3} · {4} characters a second (most {5})</source>
            <translation type="unfinished">{0} – {1} · ligne la plus longue {2}/{3} · {4} caractères par seconde (max. {5})</translation>
        </message>
        <message>
            <source>the clip lasts {0}, but the task says {1}</source>
            <translation type="unfinished">le clip dure {0}, mais la tâche indique {1}</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct {0}'s time</source>
            <translation>Corriger le temps de {0}</translation>
        </message>
        <message>
            <source>Correct the time of {0}. The change is kept with your name and the reason; nothing is erased.</source>
            <translation>Corriger le temps de {0}. La modification est gardée avec votre nom et le motif ; rien n'est effacé.</translation>
        </message>
        <message>
            <source>Day to correct</source>
            <translation>Jour à corriger</translation>
        </message>
        <message>
            <source>clocked time</source>
            <translation>temps pointé</translation>
        </message>
        <message>
            <source>active time</source>
            <translation>temps actif</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>For example: forgot to clock out at 17:00</source>
            <translation>Par exemple : a oublié de pointer le départ à 17:00</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Clocked time:</source>
            <translation>Temps &amp;pointé :</translation>
        </message>
        <message>
            <source>&amp;Active time:</source>
            <translation>Temps &amp;actif :</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>Enregistrer la correction</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation>&amp;Enregistrer la correction</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Add or take away {0}</source>
            <translation>Ajouter ou retirer du {0}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Take away</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Hours of {0}</source>
            <translation>Heures ({0})</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Minutes of {0}</source>
            <translation>Minutes ({0})</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Enter the hours or minutes to add or take away.</source>
            <translation>Indiquez les heures ou minutes à ajouter ou à retirer.</translation>
        </message>
        <message>
            <source>Write the reason for this correction.</source>
            <translation>Écrivez le motif de cette correction.</translation>
        </message>
        <message>
            <source>That day now: {0} clocked, {1} active</source>
            <translation>Ce jour maintenant : {0} pointé, {1} actif</translation>
        </message>
    </context>
    <context>
        <name>DataEntryView</name>
        <message>
            <source>Listing text</source>
            <translation type="unfinished">Texte de la fiche</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">Conclusion</translation>
        </message>
        <message>
            <source>Alt+{0}</source>
            <translation>Alt+{0}</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation type="unfinished">un numéro de téléphone</translation>
        </message>
        <message>
            <source>a web address: https://…</source>
            <translation type="unfinished">une adresse web : https://…</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation type="unfinished">une adresse e-mail</translation>
        </message>
        <message>
            <source>Tab next field · Alt+1…9 outcome · Ctrl+Plus/Minus zoom</source>
            <translation type="unfinished">Tab champ suivant · Alt+1…9 conclusion · Ctrl+Plus/Minus zoom</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{0} min {1} s</source>
            <translation type="unfinished">{0} min {1} s</translation>
        </message>
        <message>
            <source>{0} s</source>
            <translation type="unfinished">{0} s</translation>
        </message>
        <message>
            <source>{0} d {1} h {2} min</source>
            <translation type="unfinished">{0} j {1} h {2} min</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation type="unfinished">{0} h {1} min</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation type="unfinished">{0} min</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <source>The disk is full, so this could not be saved. Free some space on the disk that holds {folder}, then try again. Everything saved before is intact.</source>
            <translation>Le disque est plein : ceci n'a pas pu être enregistré. Libérez de la place sur le disque qui contient {folder}, puis réessayez. Tout ce qui a été enregistré avant est intact.</translation>
        </message>
        <message>
            <source>LabClient cannot write to its data folder {folder}. Ask the lab admin to check that the folder is writable. Everything saved before is intact.</source>
            <translation>LabClient ne peut pas écrire dans son dossier de données {folder}. Demandez à l'admin du labo de vérifier que l'on peut écrire dans ce dossier. Tout ce qui a été enregistré avant est intact.</translation>
        </message>
        <message>
            <source>The data folder {folder} is in use by another LabClient window. Close the other window, then try again.</source>
            <translation>Le dossier de données {folder} est utilisé par une autre fenêtre LabClient. Fermez l'autre fenêtre, puis réessayez.</translation>
        </message>
        <message>
            <source>The local database {path} is damaged ({detail}). LabClient has not changed it. Ask the lab admin to restore it from a backup or to re-enrol this workstation.</source>
            <translation>La base de données locale {path} est endommagée ({detail}). LabClient ne l'a pas modifiée. Demandez à l'admin du labo de la restaurer depuis une sauvegarde ou de réinscrire ce poste.</translation>
        </message>
        <message>
            <source>The local database {path} was written by a newer LabClient (schema {found}; this program knows up to {known}). Install the newer LabClient. The data has not been touched.</source>
            <translation>La base de données locale {path} a été écrite par un LabClient plus récent (schéma {found} ; ce programme connaît jusqu'au {known}). Installez le LabClient plus récent. Les données n'ont pas été touchées.</translation>
        </message>
        <message>
            <source>The batch was refused: {detail}. Nothing in the task cache changed.</source>
            <translation>Le lot a été refusé : {detail}. Rien n'a changé dans le cache de tâches.</translation>
        </message>
        <message>
            <source>This task is already {state}; it cannot be changed. Go on to the next task.</source>
            <translation type="unfinished">Cette tâche est déjà {state} ; elle ne peut pas être modifiée. Passez à la tâche suivante.</translation>
        </message>
        <message>
            <source>There is no user named {name} on this workstation. Pick your name from the list, or ask the partner admin to add you.</source>
            <translation>Il n'y a pas d'utilisateur nommé {name} sur ce poste. Choisissez votre nom dans la liste, ou demandez à l'admin partenaire de vous ajouter.</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}. Tries left before the account locks for a while: {tries_left}.</source>
            <translation>Ce PIN n'est pas le bon pour {name}. Essais restants avant que le compte soit bloqué un moment : {tries_left}.</translation>
        </message>
        <message>
            <source>{name} is locked for {seconds} more seconds after too many wrong PINs. Wait, then try again; the partner admin can unlock it sooner.</source>
            <translation>Le compte de {name} est bloqué encore {seconds} secondes après trop de mauvais PIN. Attendez, puis réessayez ; l'admin partenaire peut le débloquer plus tôt.</translation>
        </message>
        <message>
            <source>{name}'s account is switched off on this workstation. Ask the partner admin.</source>
            <translation>Le compte de {name} est désactivé sur ce poste. Demandez à l'admin partenaire.</translation>
        </message>
        <message>
            <source>{name} has no PIN yet, so they cannot log in. Ask the partner admin to set one.</source>
            <translation>{name} n'a pas encore de PIN et ne peut donc pas se connecter. Demandez à l'admin partenaire d'en définir un.</translation>
        </message>
        <message>
            <source>A PIN or password is {min} to {max} characters and not only spaces. Choose another.</source>
            <translation>Un PIN ou mot de passe fait de {min} à {max} caractères et ne contient pas que des espaces. Choisissez-en un autre.</translation>
        </message>
        <message>
            <source>There is already a user named {name} here. Choose another name.</source>
            <translation>Il y a déjà un utilisateur nommé {name} ici. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The screen is locked. {who} must enter their PIN to go on, or someone else can log in.</source>
            <translation>L'écran est verrouillé. {who} doit taper son PIN pour continuer, ou une autre personne peut se connecter.</translation>
        </message>
        <message>
            <source>{who} ({role}) may not {action}. {hint}</source>
            <translation>{who} ({role}) ne peut pas {action}. {hint}</translation>
        </message>
        <message>
            <source>The PINs on this workstation are protected by a key kept in this computer's keyring, which cannot be read now. Log in to this computer's account again (that unlocks the keyring), or ask the partner admin. No PIN was checked.</source>
            <translation>Les PIN de ce poste sont protégés par une clé gardée dans le trousseau de cet ordinateur, qui ne peut pas être lu pour l'instant. Reconnectez-vous à la session de cet ordinateur (cela déverrouille le trousseau), ou demandez à l'admin partenaire. Aucun PIN n'a été vérifié.</translation>
        </message>
        <message>
            <source>Sync did not finish: {detail}. Everything is kept on this computer and goes next time.</source>
            <translation type="unfinished">La synchronisation n'a pas abouti : {detail}. Tout est gardé sur cet ordinateur et partira la prochaine fois.</translation>
        </message>
        <message>
            <source>The hub at {hub} cannot be reached ({detail}). Work goes on offline; everything is kept on this computer and goes at the next sync.</source>
            <translation type="unfinished">Le hub {hub} est injoignable ({detail}). Le travail continue hors ligne ; tout est gardé sur cet ordinateur et partira à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The hub is busy or failing ({detail}). LabClient will try again later; nothing is lost.</source>
            <translation type="unfinished">Le hub est occupé ou en panne ({detail}). LabClient réessaiera plus tard ; rien n'est perdu.</translation>
        </message>
        <message>
            <source>The hub refused this workstation's credential ({detail}). Sync has stopped. A partner admin must enrol this workstation again (Admin screen, or labclient enroll). No work is lost.</source>
            <translation type="unfinished">Le hub a refusé l'identifiant de ce poste ({detail}). La synchronisation s'est arrêtée. Un admin partenaire doit réinscrire ce poste (écran d'administration, ou labclient enroll). Aucun travail n'est perdu.</translation>
        </message>
        <message>
            <source>The answer from {hub} was not from a LabClient hub ({detail}). If this network has a login page (captive portal), open a browser and sign in, then sync again. Nothing is lost.</source>
            <translation type="unfinished">La réponse reçue de {hub} ne venait pas d'un hub LabClient ({detail}). Si ce réseau a une page de connexion (portail captif), ouvrez un navigateur et connectez-vous, puis synchronisez à nouveau. Rien n'est perdu.</translation>
        </message>
        <message>
            <source>This workstation is not enrolled with a hub yet. A partner admin enrols it with labclient enroll --hub URL, which asks for the code (or on the Admin screen).</source>
            <translation type="unfinished">Ce poste n'est pas encore inscrit auprès d'un hub. Un admin partenaire l'inscrit avec labclient enroll --hub URL, qui demande le code (ou depuis l'écran d'administration).</translation>
        </message>
        <message>
            <source>The user list from the hub is older ({as_of}) than the one already here ({current}), so it was not applied. Nothing changed; the next sync brings the current list.</source>
            <translation type="unfinished">La liste d'utilisateurs du hub est plus ancienne ({as_of}) que celle déjà présente ici ({current}) : elle n'a donc pas été appliquée. Rien n'a changé ; la prochaine synchronisation apportera la liste à jour.</translation>
        </message>
        <message>
            <source>The timesheet record on this workstation has been tampered with or damaged ({detail}). It cannot be approved here; the hub keeps its own copy of everything synced. Tell the partner admin.</source>
            <translation type="unfinished">Le registre des heures de ce poste a été modifié ou endommagé ({detail}). Il ne peut pas être approuvé ici ; le hub garde sa propre copie de tout ce qui a été synchronisé. Prévenez l'admin partenaire.</translation>
        </message>
        <message>
            <source>There is no secure credential store on this computer ({detail}), so the hub credential cannot be kept safely. On Windows this is the Credential Manager; on Linux start a Secret Service such as GNOME Keyring. Or, knowing that anyone with this computer account can then read it, choose --credential-store file (see docs/INSTALL.md). Nothing was changed.</source>
            <translation type="unfinished">Cet ordinateur n'a pas de coffre sécurisé pour les identifiants ({detail}) : l'identifiant du hub ne peut donc pas être gardé en sécurité. Sous Windows, c'est le Gestionnaire d'identification ; sous Linux, démarrez un Secret Service comme GNOME Keyring. Ou bien, en sachant que toute personne ayant ce compte d'ordinateur pourra alors le lire, choisissez --credential-store file (voir docs/INSTALL.md). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The lab relay could not be looked for on this network ({detail}). Type its address instead.</source>
            <translation type="unfinished">Le relais du labo n'a pas pu être cherché sur ce réseau ({detail}). Tapez plutôt son adresse.</translation>
        </message>
        <message>
            <source>The user list from the hub is dated {as_of}, far ahead of the hub's clock ({now}), so it was not applied. Nothing changed. Ask the hub's admin to check the hub computer's clock.</source>
            <translation>La liste d'utilisateurs du hub est datée du {as_of}, bien en avance sur l'horloge du hub ({now}) : elle n'a donc pas été appliquée. Rien n'a changé. Demandez à l'admin du hub de vérifier l'horloge de l'ordinateur du hub.</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}. After {failures} wrong tries in a row, {name} is locked for {seconds} seconds; try again after that.</source>
            <translation>Ce PIN n'est pas le bon pour {name}. Après {failures} erreurs de suite, le compte de {name} est bloqué pendant {seconds} secondes ; réessayez ensuite.</translation>
        </message>
        <message>
            <source>This workstation already has a partner admin. Ask them to add you.</source>
            <translation>Ce poste a déjà un admin partenaire. Demandez-lui de vous ajouter.</translation>
        </message>
        <message>
            <source>The hub's user list is in charge on this workstation, so no admin can be made here. Add the admin at the hub.</source>
            <translation>La liste d'utilisateurs du hub fait foi sur ce poste : aucun admin ne peut donc être créé ici. Ajoutez l'admin sur le hub.</translation>
        </message>
        <message>
            <source>{who} cannot switch off their own account. Another partner admin can.</source>
            <translation>{who} ne peut pas désactiver son propre compte. Un autre admin partenaire le peut.</translation>
        </message>
        <message>
            <source>{name}'s account is switched off, so no shift can be planned for them.</source>
            <translation type="unfinished">Le compte de {name} est désactivé : aucun créneau ne peut donc lui être attribué.</translation>
        </message>
        <message>
            <source>{name} already has a shift then ({start}–{end}). Change the times or the seat.</source>
            <translation type="unfinished">{name} a déjà un créneau à ce moment-là ({start}–{end}). Changez les heures ou le poste.</translation>
        </message>
        <message>
            <source>Seat {seat} is taken then by {name} ({start}–{end}). Change the times or the seat.</source>
            <translation type="unfinished">Le poste {seat} est déjà pris à ce moment-là par {name} ({start}–{end}). Changez les heures ou le poste.</translation>
        </message>
        <message>
            <source>Another worker has started this task and keeps it; their draft is not touched. Go on to the next task.</source>
            <translation>Une autre personne a commencé cette tâche et la garde ; son brouillon n'est pas touché. Passez à la tâche suivante.</translation>
        </message>
        <message>
            <source>The tasks of {project} open when you pass its training. Ask your supervisor.</source>
            <translation>Les tâches de {project} s'ouvrent quand vous réussissez sa formation. Demandez à votre superviseur.</translation>
        </message>
        <message>
            <source>The organisation has paused your work on {project}: {why} Ask your supervisor.</source>
            <translation>L'organisation a mis en pause votre travail sur {project} : {why} Demandez à votre superviseur.</translation>
        </message>
        <message>
            <source>{name} is already clocked in (since {since}). Go on working, or clock out first.</source>
            <translation>{name} a déjà pointé son arrivée (depuis {since}). Continuez à travailler, ou pointez d'abord le départ.</translation>
        </message>
        <message>
            <source>{name} is not clocked in: the computer restarted after the clock-in at {since}, which ended that shift. Clock in again; the supervisor can correct the time lost.</source>
            <translation>L'arrivée de {name} n'est plus pointée : l'ordinateur a redémarré après le pointage de {since}, ce qui a mis fin à ce service. Pointez de nouveau l'arrivée ; le superviseur peut corriger le temps perdu.</translation>
        </message>
        <message>
            <source>{name} is not clocked in. Clock in first.</source>
            <translation>{name} n'a pas pointé son arrivée. Pointez d'abord l'arrivée.</translation>
        </message>
        <message>
            <source>{name} is on a break. End the break first.</source>
            <translation>{name} est en pause. Terminez d'abord la pause.</translation>
        </message>
        <message>
            <source>{name} is not on a break.</source>
            <translation>{name} n'est pas en pause.</translation>
        </message>
        <message>
            <source>{name} is still clocked in. Approve these days after they clock out.</source>
            <translation>{name} n'a pas encore pointé son départ. Approuvez ces jours après son départ.</translation>
        </message>
        <message>
            <source>That PIN is one of the first anyone would try (like 0000, 1234 or 1212). Choose another.</source>
            <translation>Ce PIN est l'un des premiers que tout le monde essaierait (comme 0000, 1234 ou 1212). Choisissez-en un autre.</translation>
        </message>
        <message>
            <source>Supervisors and partner admins need a PIN or password of at least {min} characters on this workstation, so a copy of its database cannot be used to guess it. Choose a longer one.</source>
            <translation>Sur ce poste, les superviseurs et les admins partenaires ont besoin d'un PIN ou mot de passe d'au moins {min} caractères, pour qu'une copie de sa base de données ne permette pas de le deviner. Choisissez-en un plus long.</translation>
        </message>
        <message>
            <source>This session has ended (logged out, or someone logged in again as this user). Log in again.</source>
            <translation>Cette session est terminée (déconnexion, ou quelqu'un s'est reconnecté avec cet utilisateur). Reconnectez-vous.</translation>
        </message>
        <message>
            <source>The computer restarted since this login. Log in again.</source>
            <translation>L'ordinateur a redémarré depuis cette connexion. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>{name}'s account changed since the login (now: {role}). Log in again.</source>
            <translation>Le compte de {name} a changé depuis la connexion (maintenant : {role}). Reconnectez-vous.</translation>
        </message>
        <message>
            <source>{who} may not correct their own timesheet. Another supervisor or the partner admin must.</source>
            <translation>{who} ne peut pas corriger sa propre feuille de temps. Un autre superviseur ou l'admin partenaire doit le faire.</translation>
        </message>
        <message>
            <source>{who} may not approve their own timesheet. Another supervisor or the partner admin must.</source>
            <translation>{who} ne peut pas approuver sa propre feuille de temps. Un autre superviseur ou l'admin partenaire doit le faire.</translation>
        </message>
        <message>
            <source>Nobody is logged in. Log in first.</source>
            <translation>Personne n'est connecté. Connectez-vous d'abord.</translation>
        </message>
        <message>
            <source>This session was not opened by a login on this workstation. Log in again.</source>
            <translation>Cette session n'a pas été ouverte par une connexion sur ce poste. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>There is no answer of yours to take back since you logged in.</source>
            <translation>Vous n'avez aucune réponse à reprendre depuis votre connexion.</translation>
        </message>
        <message>
            <source>Answers can be taken back for {minutes} minutes, and only the last one. Tell your supervisor if it was wrong.</source>
            <translation>On peut reprendre une réponse pendant {minutes} minutes, et seulement la dernière. Dites-le à votre superviseur si elle était fausse.</translation>
        </message>
        <message>
            <source>It has already gone to the hub. Tell your supervisor if it was wrong: a review can correct it.</source>
            <translation>Elle est déjà partie vers le hub. Dites-le à votre superviseur si elle était fausse : une relecture peut la corriger.</translation>
        </message>
        <message>
            <source>It was a checked task and you have seen its answer, so it stays as it is.</source>
            <translation>C'était une tâche de contrôle et vous avez vu sa réponse : elle reste telle quelle.</translation>
        </message>
        <message>
            <source>Another worker has started this task since. Tell your supervisor if your answer was wrong.</source>
            <translation>Une autre personne a commencé cette tâche depuis. Dites-le à votre superviseur si votre réponse était fausse.</translation>
        </message>
        <message>
            <source>A supervisor has already reviewed it.</source>
            <translation>Un superviseur l'a déjà relue.</translation>
        </message>
        <message>
            <source>There is no result {result} on this computer to review. Refresh the list.</source>
            <translation>Il n'y a pas de résultat {result} à relire sur cet ordinateur. Actualisez la liste.</translation>
        </message>
        <message>
            <source>Only a submitted answer to a production task can be reviewed, not this one.</source>
            <translation>Seule une réponse validée à une tâche de production peut être relue, pas celle-ci.</translation>
        </message>
        <message>
            <source>The note is {length} characters long; keep it to {limit}.</source>
            <translation>La note fait {length} caractères ; limitez-la à {limit}.</translation>
        </message>
        <message>
            <source>Say in the note what was wrong, so that the worker learns from the correction.</source>
            <translation>Dites dans la note ce qui n'allait pas, pour que la personne apprenne de la correction.</translation>
        </message>
        <message>
            <source>The correction is the same as the worker's answer. Accept it instead.</source>
            <translation>La correction est identique à la réponse donnée. Acceptez-la plutôt.</translation>
        </message>
        <message>
            <source>Nobody reviews their own answers. Another supervisor or the partner admin must.</source>
            <translation>Personne ne relit ses propres réponses. Un autre superviseur ou l'admin partenaire doit le faire.</translation>
        </message>
        <message>
            <source>Ask a supervisor or the partner admin.</source>
            <translation>Demandez à un superviseur ou à l'admin partenaire.</translation>
        </message>
        <message>
            <source>Each worker sees and changes only their own.</source>
            <translation>Chaque travailleur ne voit et ne modifie que ses propres données.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>LabClient met an unexpected error</source>
            <translation>LabClient a rencontré une erreur inattendue</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>The details are also kept in {file}.</source>
            <translation>Les détails sont aussi gardés dans {file}.</translation>
        </message>
        <message>
            <source>No log could be written on this computer.</source>
            <translation>Aucun journal n'a pu être écrit sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Something went wrong inside LabClient. Your saved work and drafts are kept. If it happens again, copy the details below and send them to whoever supports your lab.</source>
            <translation>Un problème est survenu dans LabClient. Votre travail enregistré et vos brouillons sont gardés. Si cela se reproduit, copiez les détails ci-dessous et envoyez-les à la personne qui s'occupe de votre labo.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Détails de l'erreur</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Copy the error details</source>
            <translation>Copier les détails de l'erreur</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
    </context>
    <context>
        <name>FeedbackView</name>
        <message>
            <source>Practice task</source>
            <translation>Tâche d'entraînement</translation>
        </message>
        <message>
            <source>Your result</source>
            <translation>Votre résultat</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Votre réponse</translation>
        </message>
        <message>
            <source>The right answer</source>
            <translation>La bonne réponse</translation>
        </message>
        <message>
            <source>Your answers and the right answers</source>
            <translation>Vos réponses et les bonnes réponses</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explication</translation>
        </message>
        <message>
            <source>Continue (Enter)</source>
            <translation>Continuer (Enter)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Go on to the next task</source>
            <translation>Passer à la tâche suivante</translation>
        </message>
        <message>
            <source>Enter or Esc: continue to the next task · Tab: move to your answer and the explanation</source>
            <translation>Enter ou Esc : passer à la tâche suivante · Tab : aller à votre réponse et à l'explication</translation>
        </message>
        <message>
            <source>✓ Well done: {0}%</source>
            <translation>✓ Bravo : {0} %</translation>
        </message>
        <message>
            <source>Not quite: {0}% (pass mark {1}%)</source>
            <translation>Pas tout à fait : {0} % (seuil de réussite {1} %)</translation>
        </message>
        <message>
            <source>This task is for practice: it does not count. Compare your answer with the right answer below, then go on.</source>
            <translation>Cette tâche sert d'entraînement : elle ne compte pas. Comparez votre réponse avec la bonne réponse ci-dessous, puis continuez.</translation>
        </message>
        <message>
            <source>We knew the answer to this task, so your work could be checked. Compare your answer with the right answer below, then go on.</source>
            <translation>Nous connaissions la réponse à cette tâche, ce qui a permis de vérifier votre travail. Comparez votre réponse avec la bonne réponse ci-dessous, puis continuez.</translation>
        </message>
        <message>
            <source>You wrote “{0}”; the right answer has “{1}”.</source>
            <translation>Vous avez écrit « {0} » ; la bonne réponse a « {1} ».</translation>
        </message>
        <message>
            <source>You added “{0}”.</source>
            <translation>Vous avez ajouté « {0} ».</translation>
        </message>
        <message>
            <source>You missed “{0}”.</source>
            <translation>Vous avez oublié « {0} ».</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(rien)</translation>
        </message>
        <message>
            <source>Other differences: {0}.</source>
            <translation>Autres différences : {0}.</translation>
        </message>
        <message>
            <source>Every word is right.</source>
            <translation>Tous les mots sont justes.</translation>
        </message>
        <message>
            <source>Words right: {0} of {1}</source>
            <translation>Mots justes : {0} sur {1}</translation>
        </message>
        <message>
            <source>Wrong: {0}</source>
            <translation>Faux : {0}</translation>
        </message>
        <message>
            <source>Missed: {0}</source>
            <translation>Oubliés : {0}</translation>
        </message>
        <message>
            <source>Added: {0}</source>
            <translation>Ajoutés : {0}</translation>
        </message>
        <message>
            <source>word</source>
            <translation>mot</translation>
        </message>
        <message>
            <source>{0} a wrong word</source>
            <translation>{0} un mot faux</translation>
        </message>
        <message>
            <source>{0} the right word</source>
            <translation>{0} le bon mot</translation>
        </message>
        <message>
            <source>{0} a word you added</source>
            <translation>{0} un mot que vous avez ajouté</translation>
        </message>
        <message>
            <source>{0} a word you missed</source>
            <translation>{0} un mot que vous avez oublié</translation>
        </message>
        <message>
            <source>Both answers are shown as they were compared: without capitals or punctuation.</source>
            <translation>Les deux réponses sont montrées telles qu'elles ont été comparées : sans majuscules ni ponctuation.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>You chose it</source>
            <translation>Vous l'avez choisie</translation>
        </message>
        <message>
            <source>In the right answer</source>
            <translation>Dans la bonne réponse</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>No label was to be chosen, and you chose none.</source>
            <translation>Aucune étiquette n'était à choisir, et vous n'en avez choisi aucune.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">Conclusion</translation>
        </message>
        <message>
            <source>✓ Right</source>
            <translation>✓ Juste</translation>
        </message>
        <message>
            <source>✗ Wrong</source>
            <translation>✗ Faux</translation>
        </message>
    </context>
    <context>
        <name>Flag</name>
        <message>
            <source>{detail}</source>
            <translation type="unfinished">{detail}</translation>
        </message>
        <message numerus="yes">
            <source>The timesheet record is whole (%n events).</source>
            <translation type="unfinished">
                <numerusform>Le registre des heures est intact (%n événement).</numerusform>
                <numerusform>Le registre des heures est intact (%n événements).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problems)</source>
            <translation type="unfinished">
                <numerusform>{problem} (et %n autre problème)</numerusform>
                <numerusform>{problem} (et %n autres problèmes)</numerusform>
            </translation>
        </message>
        <message>
            <source>An event waiting to go to the hub ({event_id}) is missing from the timesheet: it was deleted.</source>
            <translation type="unfinished">Un événement en attente d'envoi au hub ({event_id}) manque dans la feuille de temps : il a été supprimé.</translation>
        </message>
        <message>
            <source>An event ({event_id}) has a damaged position number: it was changed.</source>
            <translation type="unfinished">Un événement ({event_id}) a un numéro d'ordre endommagé : il a été modifié.</translation>
        </message>
        <message>
            <source>Event {event} ({what}) was changed after it was stored.</source>
            <translation type="unfinished">L'événement {event} ({what}) a été modifié après son enregistrement.</translation>
        </message>
        <message>
            <source>Event {first} is missing: deleted from the record.</source>
            <translation type="unfinished">L'événement {first} manque : il a été supprimé du registre.</translation>
        </message>
        <message>
            <source>Events {first}–{last} are missing: deleted from the record.</source>
            <translation type="unfinished">Les événements {first}–{last} manquent : ils ont été supprimés du registre.</translation>
        </message>
        <message>
            <source>Event {event} ({event_id}) appears twice or out of place: it was changed.</source>
            <translation type="unfinished">L'événement {event} ({event_id}) apparaît deux fois ou n'est pas à sa place : il a été modifié.</translation>
        </message>
        <message>
            <source>Event {event} ({what}) does not follow event {before}: an event before it was changed or replaced.</source>
            <translation type="unfinished">L'événement {event} ({what}) ne fait pas suite à l'événement {before} : un événement antérieur a été modifié ou remplacé.</translation>
        </message>
        <message>
            <source>The last event {first} is missing: deleted from the record.</source>
            <translation type="unfinished">Le dernier événement, {first}, manque : il a été supprimé du registre.</translation>
        </message>
        <message>
            <source>The last events {first}–{last} are missing: deleted from the record.</source>
            <translation type="unfinished">Les derniers événements, {first}–{last}, manquent : ils ont été supprimés du registre.</translation>
        </message>
        <message>
            <source>The last event ({event}) was replaced.</source>
            <translation type="unfinished">Le dernier événement ({event}) a été remplacé.</translation>
        </message>
        <message>
            <source>The correction of {name}'s {day} ({clocked} on the clock, {active} active; reason: {reason}) signed by {by} (id {by_id})</source>
            <translation type="unfinished">La correction du temps de {name} le {day} ({clocked} pointé, {active} actif ; motif : {reason}) signée par {by} (id {by_id})</translation>
        </message>
        <message>
            <source>The approval of {name}'s hours from {first} to {last} signed by {by} (id {by_id})</source>
            <translation type="unfinished">L'approbation des heures de {name} du {first} au {last}, signée par {by} (id {by_id})</translation>
        </message>
        <message>
            <source>{name}'s {day} has {active} active against {clocked} on the clock (after corrections); only {clocked} of active time counts.</source>
            <translation type="unfinished">Le {day}, {name} a {active} de temps actif pour {clocked} de temps pointé (après corrections) ; le temps actif compté est limité à {clocked}.</translation>
        </message>
        <message numerus="yes">
            <source>{name} stored %n result(s) on {day} while not clocked in: that work is not on the clock.</source>
            <translation type="unfinished">
                <numerusform>{name} a enregistré %n résultat le {day} sans avoir pointé son arrivée : ce travail n'est pas compté dans le temps.</numerusform>
                <numerusform>{name} a enregistré %n résultats le {day} sans avoir pointé son arrivée : ce travail n'est pas compté dans le temps.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} submitted %n result(s) on {day} faster than the work can be done: check them before they are paid or delivered.</source>
            <translation type="unfinished">
                <numerusform>{name} a validé %n résultat le {day} plus vite que le travail ne peut être fait : vérifiez-le avant de le payer ou de le livrer.</numerusform>
                <numerusform>{name} a validé %n résultats le {day} plus vite que le travail ne peut être fait : vérifiez-les avant de les payer ou de les livrer.</numerusform>
            </translation>
        </message>
        <message>
            <source>The computer restarted during {name}'s shift (clocked in {since}). The shift ends at the last thing recorded before the restart ({until}); time until the next clock-in is not counted.</source>
            <translation type="unfinished">L'ordinateur a redémarré pendant le service de {name} (arrivée pointée le {since}). Le service se termine à la dernière activité enregistrée avant le redémarrage ({until}) ; le temps jusqu'au pointage d'arrivée suivant n'est pas compté.</translation>
        </message>
        <message>
            <source>{taker} clocked in at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
            <translation type="unfinished">{taker} a pointé son arrivée sur ce poste le {at} alors que {name} n'y avait pas pointé son départ (arrivée pointée le {since} ; LabClient a sans doute été fermé sans pointer le départ). Un poste ne compte qu'une personne à la fois : le temps de {name} n'est pas compté depuis sa dernière activité enregistrée ici ({seen}) jusqu'à sa prochaine activité.</translation>
        </message>
        <message>
            <source>{taker} was working at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
            <translation type="unfinished">{taker} travaillait sur ce poste le {at} alors que {name} n'y avait pas pointé son départ (arrivée pointée le {since} ; LabClient a sans doute été fermé sans pointer le départ). Un poste ne compte qu'une personne à la fois : le temps de {name} n'est pas compté depuis sa dernière activité enregistrée ici ({seen}) jusqu'à sa prochaine activité.</translation>
        </message>
        <message>
            <source>{name}: a {what} (event {event}) outside a shift was not counted.</source>
            <translation type="unfinished">{name} : l'événement {event} ({what}), en dehors d'un service, n'a pas été compté.</translation>
        </message>
        <message>
            <source>{name}: activity reported during a break (event {event}) was not counted.</source>
            <translation type="unfinished">{name} : l'activité signalée pendant une pause (événement {event}) n'a pas été comptée.</translation>
        </message>
        <message>
            <source>{name} reported {claimed} of activity where only {passed} had passed (event {event}); only {passed} counts.</source>
            <translation type="unfinished">{name} a signalé {claimed} d'activité alors qu'il ne s'était écoulé que {passed} (événement {event}) ; on ne compte que {passed}.</translation>
        </message>
        <message>
            <source>{name} reported {reported} of activity in a shift of {clocked} on the clock; only the clocked time counts.</source>
            <translation type="unfinished">{name} a signalé {reported} d'activité pendant un service de {clocked} pointé ; seul le temps pointé compte.</translation>
        </message>
        <message>
            <source>This computer's clock was moved forward by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer's running time, so they are not affected.</source>
            <translation type="unfinished">L'horloge de cet ordinateur a été avancée de {span} (vers l'événement {event}, {wall}), ou l'ordinateur s'est mis en veille. Les heures sont mesurées sur le temps de fonctionnement de l'ordinateur : elles ne sont donc pas touchées.</translation>
        </message>
        <message>
            <source>This computer's clock was moved back by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer's running time, so they are not affected.</source>
            <translation type="unfinished">L'horloge de cet ordinateur a été reculée de {span} (vers l'événement {event}, {wall}), ou l'ordinateur s'est mis en veille. Les heures sont mesurées sur le temps de fonctionnement de l'ordinateur : elles ne sont donc pas touchées.</translation>
        </message>
        <message>
            <source>{name} clocked in again (event {event}) without clocking out; the second clock-in is ignored.</source>
            <translation type="unfinished">{name} a pointé son arrivée une deuxième fois (événement {event}) sans pointer le départ ; la deuxième arrivée est ignorée.</translation>
        </message>
        <message>
            <source>{name} clocked in at {at}, outside the shifts planned for them that day ({shifts}).</source>
            <translation type="unfinished">{name} a pointé son arrivée le {at}, en dehors des créneaux prévus pour ce jour-là ({shifts}).</translation>
        </message>
        <message>
            <source>{what} does not count: there is no user with the id {by} on this workstation. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what} ne compte pas : il n'y a aucun utilisateur avec l'id {by} sur ce poste. Elle n'a pas été faite depuis les écrans de LabClient ; quelqu'un l'a peut-être écrite à la main dans la base de données.</translation>
        </message>
        <message>
            <source>{what} does not count: {name} is a {role} here, and only a supervisor or an admin may sign it. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what} ne compte pas : {name} est {role} ici, et seul un superviseur ou un admin peut la signer. Elle n'a pas été faite depuis les écrans de LabClient ; quelqu'un l'a peut-être écrite à la main dans la base de données.</translation>
        </message>
        <message>
            <source>{what} does not count: {name} signed it for their own timesheet. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what} ne compte pas : {name} l'a signée pour sa propre feuille de temps. Elle n'a pas été faite depuis les écrans de LabClient ; quelqu'un l'a peut-être écrite à la main dans la base de données.</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <source>Previous week</source>
            <translation>Semaine précédente</translation>
        </message>
        <message>
            <source>&amp;This week</source>
            <translation>C&amp;ette semaine</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semaine suivante</translation>
        </message>
        <message>
            <source>Go to the week of a day</source>
            <translation>Aller à la semaine d'un jour</translation>
        </message>
        <message>
            <source>&amp;Go to:</source>
            <translation>A&amp;ller au :</translation>
        </message>
        <message>
            <source>E&amp;xport payroll CSV…</source>
            <translation>E&amp;xporter le CSV de paie…</translation>
        </message>
        <message>
            <source>Export payroll CSV</source>
            <translation>Exporter le CSV de paie</translation>
        </message>
        <message>
            <source>Save the approved hours that fall in this week as a CSV file for payroll. Hours that are not approved are not in it.</source>
            <translation>Enregistrer dans un fichier CSV pour la paie les heures approuvées de cette semaine. Les heures non approuvées n'y sont pas.</translation>
        </message>
        <message>
            <source>Hours of the week</source>
            <translation>Heures de la semaine</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Clocked</source>
            <translation>Pointé</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Results per active hour</source>
            <translation>Résultats par heure active</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approbation</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Précision</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Relus</translation>
        </message>
        <message>
            <source>How many of the week's answers a supervisor reviewed (Review tab), and how many of those were accepted as they were.</source>
            <translation>Combien de réponses de la semaine un superviseur a relues (onglet Relecture), et combien ont été acceptées telles quelles.</translation>
        </message>
        <message>
            <source>The mean score of the week's checked (gold) tasks, and how many there were. Practice tasks do not count.</source>
            <translation>Le score moyen des tâches de contrôle de la semaine, et leur nombre. Les tâches d'entraînement ne comptent pas.</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Corriger…</translation>
        </message>
        <message>
            <source>Correct the selected worker's time</source>
            <translation>Corriger le temps du travailleur sélectionné</translation>
        </message>
        <message>
            <source>&amp;Approve week</source>
            <translation>&amp;Approuver la semaine</translation>
        </message>
        <message>
            <source>Approve the selected worker's week</source>
            <translation>Approuver la semaine du travailleur sélectionné</translation>
        </message>
        <message>
            <source>Show &amp;everyone's flags</source>
            <translation>Afficher les alertes de &amp;tous</translation>
        </message>
        <message>
            <source>Show everyone's flags</source>
            <translation>Afficher les alertes de tous</translation>
        </message>
        <message>
            <source>Flags of the week</source>
            <translation>Alertes de la semaine</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>{0} &amp;Previous week</source>
            <translation>{0} Semaine &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Next week {0}</source>
            <translation>Semaine &amp;suivante {0}</translation>
        </message>
        <message>
            <source>Week of {0} – {1}</source>
            <translation>Semaine du {0} au {1}</translation>
        </message>
        <message>
            <source>This is the current week.</source>
            <translation>C'est la semaine en cours.</translation>
        </message>
        <message>
            <source>Reading the hours…</source>
            <translation>Lecture des heures…</translation>
        </message>
        <message>
            <source>{0} (you)</source>
            <translation>{0} (vous)</translation>
        </message>
        <message>
            <source>{0} ({1} not clocked in)</source>
            <translation>{0} ({1} sans pointage)</translation>
        </message>
        <message>
            <source>{0}, {1} too fast</source>
            <translation>{0}, {1} trop rapides</translation>
        </message>
        <message>
            <source>{0} (+{1} skipped or flagged)</source>
            <translation>{0} (+{1} passées ou signalées)</translation>
        </message>
        <message>
            <source>{0}% of {1}</source>
            <translation>{0} % sur {1}</translation>
        </message>
        <message>
            <source>{0} of {1} accepted</source>
            <translation>{0} acceptées sur {1}</translation>
        </message>
        <message>
            <source>{0} of these results were stored while not clocked in: that work is not on the clock.</source>
            <translation>{0} de ces résultats ont été enregistrés sans pointage d'arrivée : ce travail n'est pas compté dans le temps.</translation>
        </message>
        <message>
            <source>{0} of these results were submitted faster than the work can be done: check them before they are paid or delivered.</source>
            <translation>{0} de ces résultats ont été validés plus vite que le travail ne peut être fait : vérifiez-les avant de les payer ou de les livrer.</translation>
        </message>
        <message>
            <source>{0} checked tasks this week, mean score {1}%.</source>
            <translation>{0} tâches de contrôle cette semaine, score moyen {1} %.</translation>
        </message>
        <message>
            <source>{0}, under the pass mark</source>
            <translation>{0}, sous le seuil de réussite</translation>
        </message>
        <message>
            <source>Under the pass mark: a mean score of {0}% on {1} checked tasks this week, where {2}% is needed. Her answers are reviewed more often (Review tab); talk to her about the task's instructions.</source>
            <translation>Sous le seuil de réussite : un score moyen de {0} % sur {1} tâches de contrôle cette semaine, alors qu'il faut {2} %. Ses réponses sont relues plus souvent (onglet Relecture) ; parlez-lui des consignes de la tâche.</translation>
        </message>
        <message>
            <source>Not approved</source>
            <translation>Non approuvée</translation>
        </message>
        <message>
            <source>Not in the payroll export until approved.</source>
            <translation>Pas dans l'export de paie tant qu'elle n'est pas approuvée.</translation>
        </message>
        <message>
            <source>Approved by {0}, {1}: {2} clocked, {3} active.</source>
            <translation>Approuvée par {0} le {1} : {2} pointé, {3} actif.</translation>
        </message>
        <message>
            <source>Changed since approval: approve again</source>
            <translation>Modifiée depuis l'approbation : approuvez de nouveau</translation>
        </message>
        <message>
            <source>Now: {0} clocked, {1} active. The payroll export shows the approved hours until the week is approved again.</source>
            <translation>Maintenant : {0} pointé, {1} actif. L'export de paie montre les heures approuvées jusqu'à ce que la semaine soit de nouveau approuvée.</translation>
        </message>
        <message>
            <source>Approved by {0}, {1}</source>
            <translation>Approuvée par {0} le {1}</translation>
        </message>
        <message>
            <source>Whole record</source>
            <translation type="unfinished">Tout le relevé</translation>
        </message>
        <message>
            <source>Flags for {0} this week: {1}</source>
            <translation>Alertes pour {0} cette semaine : {1}</translation>
        </message>
        <message>
            <source>No flags for {0} this week.</source>
            <translation>Aucune alerte pour {0} cette semaine.</translation>
        </message>
        <message>
            <source>Flags this week, everyone: {0}</source>
            <translation>Alertes de la semaine, pour tous : {0}</translation>
        </message>
        <message>
            <source>No flags this week.</source>
            <translation>Aucune alerte cette semaine.</translation>
        </message>
        <message>
            <source>Add or take away time on a day of this week, with a reason.</source>
            <translation>Ajouter ou retirer du temps sur un jour de cette semaine, avec un motif.</translation>
        </message>
        <message>
            <source>Record this week's totals as approved. Only approved hours go into the payroll export.</source>
            <translation>Enregistrer les totaux de cette semaine comme approuvés. Seules les heures approuvées vont dans l'export de paie.</translation>
        </message>
        <message>
            <source>Select a worker in the table first.</source>
            <translation>Sélectionnez d'abord un travailleur dans le tableau.</translation>
        </message>
        <message>
            <source>You cannot correct your own timesheet. Another supervisor or the partner admin must.</source>
            <translation>Vous ne pouvez pas corriger votre propre feuille de temps. Un autre superviseur ou l'admin partenaire doit le faire.</translation>
        </message>
        <message>
            <source>You cannot approve your own timesheet. Another supervisor or the partner admin must.</source>
            <translation>Vous ne pouvez pas approuver votre propre feuille de temps. Un autre superviseur ou l'admin partenaire doit le faire.</translation>
        </message>
        <message>
            <source>Approving…</source>
            <translation>Approbation…</translation>
        </message>
        <message>
            <source>Corrected {0}'s time on {1}: {2} clocked, {3} active.</source>
            <translation>Temps de {0} corrigé le {1} : {2} pointé, {3} actif.</translation>
        </message>
        <message>
            <source>{0} is still clocked in, so this week cannot be approved yet: her shift has no end. Ask her to clock out, then approve; or approve the week once it is over.</source>
            <translation>{0} n'a pas encore pointé son départ : cette semaine ne peut donc pas encore être approuvée, car son service n'a pas de fin. Demandez-lui de pointer son départ, puis approuvez ; ou approuvez la semaine une fois terminée.</translation>
        </message>
        <message>
            <source>Approve the week</source>
            <translation>Approuver la semaine</translation>
        </message>
        <message>
            <source>Approve {0}'s hours for the {1}?</source>
            <translation>Approuver les heures de {0} pour la {1} ?</translation>
        </message>
        <message>
            <source>Clocked {0}, active {1}, {2} results.</source>
            <translation>Pointé {0}, actif {1}, {2} résultats.</translation>
        </message>
        <message>
            <source>Flags to look at first: {0}. They are listed under the table.</source>
            <translation>Alertes à regarder d'abord : {0}. Elles sont listées sous le tableau.</translation>
        </message>
        <message>
            <source>No flags.</source>
            <translation>Aucune alerte.</translation>
        </message>
        <message>
            <source>Only approved hours go into the payroll export.</source>
            <translation>Seules les heures approuvées vont dans l'export de paie.</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approuver</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>week of {0} – {1}</source>
            <translation>semaine du {0} au {1}</translation>
        </message>
        <message>
            <source>Approving {0}'s week…</source>
            <translation>Approbation de la semaine de {0}…</translation>
        </message>
        <message>
            <source>Approved {0}'s week: {1} clocked, {2} active.</source>
            <translation>Semaine de {0} approuvée : {1} pointé, {2} actif.</translation>
        </message>
        <message>
            <source>payroll-{0}-to-{1}.csv</source>
            <translation>paie-{0}-au-{1}.csv</translation>
        </message>
        <message>
            <source>Save the payroll CSV (approved hours only)</source>
            <translation>Enregistrer le CSV de paie (heures approuvées seulement)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved 1 row to {0}. The file holds approved hours only.</source>
            <translation>1 ligne enregistrée dans {0}. Le fichier ne contient que des heures approuvées.</translation>
        </message>
        <message>
            <source>Saved {0} rows to {1}. The file holds approved hours only.</source>
            <translation>{0} lignes enregistrées dans {1}. Le fichier ne contient que des heures approuvées.</translation>
        </message>
        <message>
            <source>Saved {0}, but nobody's hours in this week are approved yet, so it has no rows. Approve the weeks first.</source>
            <translation>{0} enregistré, mais aucune heure de cette semaine n'est encore approuvée : le fichier n'a donc aucune ligne. Approuvez d'abord les semaines.</translation>
        </message>
        <message>
            <source>The file could not be saved ({0}). Choose another folder.</source>
            <translation>Le fichier n'a pas pu être enregistré ({0}). Choisissez un autre dossier.</translation>
        </message>
    </context>
    <context>
        <name>IdlePrompt</name>
        <message>
            <source>Are you still working?</source>
            <translation>Travaillez-vous toujours ?</translation>
        </message>
        <message>
            <source>There was no input for {0} minutes, so your time is paused. It counts again when you say you are working.</source>
            <translation>Rien n'a été tapé ni cliqué depuis {0} minutes : votre temps est donc suspendu. Il compte de nouveau quand vous dites que vous travaillez.</translation>
        </message>
        <message>
            <source>Yes, I am working (Enter)</source>
            <translation>Oui, je travaille (Enter)</translation>
        </message>
        <message>
            <source>Yes, I am working</source>
            <translation>Oui, je travaille</translation>
        </message>
        <message>
            <source>No, keep my time paused (Esc)</source>
            <translation>Non, garder mon temps suspendu (Esc)</translation>
        </message>
        <message>
            <source>No, keep my time paused</source>
            <translation>Non, garder mon temps suspendu</translation>
        </message>
    </context>
    <context>
        <name>ImageView</name>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
            <translation>Zoom avec Ctrl+Plus et Ctrl+Minus, ajuster avec Ctrl+0</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>le fichier est introuvable</translation>
        </message>
    </context>
    <context>
        <name>Issue</name>
        <message>
            <source>This result is incomplete.</source>
            <translation>Ce résultat est incomplet.</translation>
        </message>
        <message>
            <source>The transcript is empty.</source>
            <translation type="unfinished">La transcription est vide.</translation>
        </message>
        <message>
            <source>The transcript is {n} characters long; the most is {max}.</source>
            <translation>La transcription fait {n} caractères ; le maximum est {max}.</translation>
        </message>
        <message>
            <source>{token} is not a token of this project (allowed: {choices}).</source>
            <translation>{token} n'est pas une balise de ce projet (autorisées : {choices}).</translation>
        </message>
        <message>
            <source>Choose labels from the list only, each once.</source>
            <translation>Choisissez des étiquettes de la liste uniquement, chacune une seule fois.</translation>
        </message>
        <message numerus="yes">
            <source>Choose at least %n label(s).</source>
            <translation type="unfinished">
                <numerusform>Choisissez au moins %n étiquette.</numerusform>
                <numerusform>Choisissez au moins %n étiquettes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose at most %n label(s).</source>
            <translation type="unfinished">
                <numerusform>Choisissez au plus %n étiquette.</numerusform>
                <numerusform>Choisissez au plus %n étiquettes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Box {n} needs a label from the list.</source>
            <translation type="unfinished">Le cadre {n} doit avoir une étiquette de la liste.</translation>
        </message>
        <message>
            <source>Box {n} is smaller than {size} pixels each way.</source>
            <translation type="unfinished">Le cadre {n} fait moins de {size} pixels de large ou de haut.</translation>
        </message>
        <message>
            <source>Box {n} reaches outside the image.</source>
            <translation type="unfinished">Le cadre {n} dépasse de l'image.</translation>
        </message>
        <message numerus="yes">
            <source>Draw at least %n box(es).</source>
            <translation type="unfinished">
                <numerusform>Tracez au moins %n cadre.</numerusform>
                <numerusform>Tracez au moins %n cadres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Draw at most %n box(es).</source>
            <translation type="unfinished">
                <numerusform>Tracez au plus %n cadre.</numerusform>
                <numerusform>Tracez au plus %n cadres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add at least one caption.</source>
            <translation type="unfinished">Ajoutez au moins un sous-titre.</translation>
        </message>
        <message>
            <source>Caption {n} has no text.</source>
            <translation type="unfinished">Le sous-titre {n} n'a pas de texte.</translation>
        </message>
        <message>
            <source>Caption {n} ends before it starts.</source>
            <translation type="unfinished">Le sous-titre {n} finit avant de commencer.</translation>
        </message>
        <message>
            <source>Caption {n} ends after the clip.</source>
            <translation type="unfinished">Le sous-titre {n} finit après la fin de l'extrait.</translation>
        </message>
        <message>
            <source>Caption {n} lasts {ms} ms; the least is {min} ms.</source>
            <translation type="unfinished">Le sous-titre {n} dure {ms} ms ; le minimum est {min} ms.</translation>
        </message>
        <message>
            <source>Caption {n} lasts {ms} ms; the most is {max} ms.</source>
            <translation type="unfinished">Le sous-titre {n} dure {ms} ms ; le maximum est {max} ms.</translation>
        </message>
        <message>
            <source>Caption {n} has {lines} lines; the most is {max}.</source>
            <translation type="unfinished">Le sous-titre {n} a {lines} lignes ; le maximum est {max}.</translation>
        </message>
        <message>
            <source>Caption {n} has a line of {chars} characters; the most is {max}.</source>
            <translation type="unfinished">Le sous-titre {n} a une ligne de {chars} caractères ; le maximum est {max}.</translation>
        </message>
        <message>
            <source>Caption {n} is read at {cps} characters a second; the most is {max}.</source>
            <translation type="unfinished">Le sous-titre {n} se lit à {cps} caractères par seconde ; le maximum est {max}.</translation>
        </message>
        <message>
            <source>Caption {n} starts before caption {previous} ends.</source>
            <translation type="unfinished">Le sous-titre {n} commence avant la fin du sous-titre {previous}.</translation>
        </message>
        <message>
            <source>Choose an outcome.</source>
            <translation type="unfinished">Choisissez une conclusion.</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} est obligatoire.</translation>
        </message>
        <message>
            <source>{label} is at most {max} characters.</source>
            <translation>{label} fait au plus {max} caractères.</translation>
        </message>
        <message>
            <source>{label} must be a number.</source>
            <translation>{label} doit être un nombre.</translation>
        </message>
        <message>
            <source>{label}: {value} could be a thousands mark or a decimal one. Write it without the thousands mark (10500), or with two decimals (10.50).</source>
            <translation>{label} : dans {value}, le signe peut séparer les milliers ou les décimales. Écrivez le nombre sans séparateur de milliers (10500), ou avec deux décimales (10,50).</translation>
        </message>
        <message>
            <source>{label} must be a number written like {example}.</source>
            <translation>{label} doit être un nombre écrit comme {example}.</translation>
        </message>
        <message>
            <source>{label} must be between {min} and {max}.</source>
            <translation>{label} doit être entre {min} et {max}.</translation>
        </message>
        <message>
            <source>{label} must be a date written YYYY-MM-DD.</source>
            <translation>{label} doit être une date écrite AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>{label} must be one of the listed choices.</source>
            <translation>{label} doit être l'un des choix de la liste.</translation>
        </message>
        <message>
            <source>{label} is not in the expected form.</source>
            <translation>{label} n'a pas la forme attendue.</translation>
        </message>
        <message>
            <source>{label} must be a phone number: digits, with + and spaces allowed (for example +256 772 123456).</source>
            <translation type="unfinished">{label} doit être un numéro de téléphone : des chiffres, le + et les espaces sont permis (par exemple +256 772 123456).</translation>
        </message>
        <message>
            <source>{label} must be a web address starting with https:// (for example https://www.example.com).</source>
            <translation type="unfinished">{label} doit être une adresse web commençant par https:// (par exemple https://www.example.com).</translation>
        </message>
        <message>
            <source>{label} must be an email address (for example name@example.com).</source>
            <translation type="unfinished">{label} doit être une adresse e-mail (par exemple name@example.com).</translation>
        </message>
        <message>
            <source>Segment {n} has no translation.</source>
            <translation type="unfinished">Le segment {n} n'a pas de traduction.</translation>
        </message>
        <message>
            <source>Segment {n} is {length} characters long; the most is {max}.</source>
            <translation type="unfinished">Le segment {n} fait {length} caractères ; le maximum est {max}.</translation>
        </message>
        <message>
            <source>The task has {n} segments; the result has {given}.</source>
            <translation type="unfinished">La tâche a {n} segments ; le résultat en a {given}.</translation>
        </message>
        <message>
            <source>Segment {n}: keep {placeholder} exactly as in the source.</source>
            <translation type="unfinished">Segment {n} : gardez {placeholder} exactement comme dans la source.</translation>
        </message>
        <message>
            <source>Segment {n}: {placeholder} is not in the source; remove it.</source>
            <translation type="unfinished">Segment {n} : {placeholder} n'est pas dans la source ; supprimez-le.</translation>
        </message>
        <message>
            <source>Segment {n}: keep {span} untranslated.</source>
            <translation type="unfinished">Segment {n} : ne traduisez pas {span}, laissez-le tel quel.</translation>
        </message>
        <message>
            <source>Segment {n}: translate {term} as {required} (glossary).</source>
            <translation type="unfinished">Segment {n} : traduisez {term} par {required} (glossaire).</translation>
        </message>
        <message>
            <source>The transcript is empty. If nothing can be heard, type {token}.</source>
            <translation type="unfinished">La transcription est vide. Si on n’entend rien, tapez {token}.</translation>
        </message>
        <message>
            <source>Choose at least {n} label(s).</source>
            <translation type="vanished">Choisissez au moins {n} étiquette(s).</translation>
        </message>
        <message>
            <source>Choose at most {n} label(s).</source>
            <translation type="vanished">Choisissez au plus {n} étiquette(s).</translation>
        </message>
        <message>
            <source>The transcript is empty.{hint}</source>
            <translation type="vanished">La transcription est vide.{hint}</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>Who is working at this computer?</source>
            <translation>Qui travaille sur cet ordinateur ?</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Noms</translation>
        </message>
        <message>
            <source>&amp;Choose your name (type its first letters or use the arrows):</source>
            <translation>&amp;Choisissez votre nom (tapez ses premières lettres ou utilisez les flèches) :</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Your &amp;PIN:</source>
            <translation>Votre &amp;PIN :</translation>
        </message>
        <message>
            <source>Log in (Enter)</source>
            <translation>Se connecter (Enter)</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Demo: every PIN is 1234.</source>
            <translation>Démo : tous les PIN sont 1234.</translation>
        </message>
        <message>
            <source>Set up the first admin… (Ctrl+N)</source>
            <translation>Créer le premier admin… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Set up the first admin</source>
            <translation>Créer le premier admin</translation>
        </message>
        <message>
            <source>{0} · Language (F6)</source>
            <translation type="unfinished">{0} · Langue (F6)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">Langue</translation>
        </message>
        <message>
            <source>This computer has no admin yet. The lab's partner admin types their name and chooses a PIN here, once. Then they give each worker a PIN.</source>
            <translation>Cet ordinateur n'a pas encore d'admin. L'admin partenaire du labo tape ici son nom et choisit un PIN, une seule fois. Ensuite, il donne un PIN à chaque travailleur.</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>Nom de l'admin</translation>
        </message>
        <message>
            <source>Admin's PIN</source>
            <translation>PIN de l'admin</translation>
        </message>
        <message>
            <source>Admin's PIN again</source>
            <translation>Confirmation du PIN de l'admin</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Votre &amp;nom :</translation>
        </message>
        <message>
            <source>&amp;PIN (at least 4 characters):</source>
            <translation>&amp;PIN (au moins 4 caractères) :</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>Con&amp;firmez le PIN :</translation>
        </message>
        <message>
            <source>Set up the first admin (Enter)</source>
            <translation>Créer le premier admin (Enter)</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>Retour (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Nobody can log in on this computer yet. The partner admin adds the lab's users at the hub; they arrive with the next sync.</source>
            <translation>Personne ne peut encore se connecter sur cet ordinateur. L'admin partenaire ajoute les utilisateurs du labo sur le hub ; ils arrivent à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>{0} can try again now.</source>
            <translation>{0} peut réessayer maintenant.</translation>
        </message>
        <message>
            <source>Choose your name in the list first.</source>
            <translation>Choisissez d'abord votre nom dans la liste.</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Tapez votre PIN, puis appuyez sur la touche Enter.</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>Vérification du PIN…</translation>
        </message>
        <message>
            <source>Type the admin's name.</source>
            <translation>Tapez le nom de l'admin.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>Les deux PIN ne sont pas identiques. Tapez de nouveau le PIN deux fois.</translation>
        </message>
        <message>
            <source>Type a name of 1 to 80 characters.</source>
            <translation>Tapez un nom de 1 à 80 caractères.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>LabClient</source>
            <translation>LabClient</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>État de la synchronisation</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Synchroniser (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>Draft saved</source>
            <translation>Brouillon enregistré</translation>
        </message>
        <message>
            <source>Result saved</source>
            <translation>Résultat enregistré</translation>
        </message>
        <message>
            <source>● Syncing…</source>
            <translation>● Synchronisation…</translation>
        </message>
        <message>
            <source>Answer taken back</source>
            <translation>Réponse reprise</translation>
        </message>
        <message numerus="yes">
            <source>● Working offline (no hub set up) · %n record(s) (results and timesheet) kept on this computer</source>
            <translation type="unfinished">
                <numerusform>● Travail hors ligne (aucun hub configuré) · %n enregistrement (résultats et feuille de temps) gardé sur cet ordinateur</numerusform>
                <numerusform>● Travail hors ligne (aucun hub configuré) · %n enregistrements (résultats et feuille de temps) gardés sur cet ordinateur</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>● Hub {0} · waiting to go out: {1} · last sync: {2}</source>
            <translation>● Hub {0} · en attente d'envoi : {1} · dernière synchronisation : {2}</translation>
        </message>
        <message>
            <source> · refused by the hub: {0}</source>
            <translation> · refusés par le hub : {0}</translation>
        </message>
        <message>
            <source>● This workstation is not enrolled with a hub yet; ask the partner admin (labclient enroll).</source>
            <translation>● Ce poste n'est pas encore inscrit auprès d'un hub ; demandez à l'admin partenaire (labclient enroll).</translation>
        </message>
        <message>
            <source>● Syncing… {0}</source>
            <translation>● Synchronisation… {0}</translation>
        </message>
        <message>
            <source>synced: {0}</source>
            <translation>synchronisé : {0}</translation>
        </message>
        <message>
            <source>nothing to send</source>
            <translation>rien à envoyer</translation>
        </message>
        <message>
            <source>{0} stepped away: the screen is locked and the work is kept. Type the PIN to go on, or choose another name.</source>
            <translation>Absence de {0} : l'écran est verrouillé et le travail est gardé. Tapez le PIN pour continuer, ou choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The screen locked after {0} minutes without input. {1}, type your PIN to go on.</source>
            <translation>L'écran s'est verrouillé après {0} minutes sans activité. {1}, tapez votre PIN pour continuer.</translation>
        </message>
        <message>
            <source>The screen is locked. {0}, type your PIN to go on.</source>
            <translation>L'écran est verrouillé. {0}, tapez votre PIN pour continuer.</translation>
        </message>
        <message>
            <source>{0}'s session has ended. Log in again.</source>
            <translation>La session de {0} est terminée. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} à {1}</translation>
        </message>
        <message>
            <source>Quit LabClient</source>
            <translation>Quitter LabClient</translation>
        </message>
        <message>
            <source>{0} is still clocked in. Clock out before quitting? If you quit without clocking out, your time keeps being counted until you clock out.</source>
            <translation>{0} n'a pas encore pointé son départ. Le pointer avant de quitter ? Si vous quittez sans pointer le départ, votre temps continue d'être compté jusqu'à ce que vous le pointiez.</translation>
        </message>
        <message>
            <source>Clock &amp;out and quit</source>
            <translation>&amp;Pointer le départ et quitter</translation>
        </message>
        <message>
            <source>Clock out and quit</source>
            <translation>Pointer le départ et quitter</translation>
        </message>
        <message>
            <source>&amp;Quit, stay clocked in</source>
            <translation>&amp;Quitter sans pointer le départ</translation>
        </message>
        <message>
            <source>Quit and stay clocked in</source>
            <translation>Quitter sans pointer le départ</translation>
        </message>
        <message>
            <source>&amp;Keep working</source>
            <translation>&amp;Continuer à travailler</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Continuer à travailler</translation>
        </message>
        <message>
            <source>Your latest typing is not saved. Close the window again to quit without it.</source>
            <translation>Votre dernière saisie n'est pas enregistrée. Fermez de nouveau la fenêtre pour quitter sans elle.</translation>
        </message>
        <message>
            <source>● Working offline (no hub set up) · {0} record(s) (results and timesheet) kept on this computer</source>
            <translation type="vanished">● Travail hors ligne (aucun hub configuré) · {0} enregistrement(s) (résultats et feuille de temps) gardé(s) sur cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>MyWeekDialog</name>
        <message>
            <source>My week</source>
            <translation>Ma semaine</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Semaine précédente</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semaine suivante</translation>
        </message>
        <message>
            <source>{0} &amp;Previous week</source>
            <translation>{0} Semaine &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Next week {0}</source>
            <translation>Semaine &amp;suivante {0}</translation>
        </message>
        <message>
            <source>Hours day by day</source>
            <translation>Heures jour par jour</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Clocked</source>
            <translation>Pointé</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>Tâches faites</translation>
        </message>
        <message>
            <source>Planned shift</source>
            <translation>Créneau prévu</translation>
        </message>
        <message>
            <source>Clocked: from clock-in to clock-out, less breaks and unanswered 'still working?' pauses. Active: time you were typing, clicking or playing audio.</source>
            <translation>Pointé : de l'arrivée au départ, moins les pauses et les moments « Travaillez-vous toujours ? » restés sans réponse. Actif : le temps où vous tapiez, cliquiez ou écoutiez l'audio.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Reading your hours…</source>
            <translation>Lecture de vos heures…</translation>
        </message>
        <message>
            <source>This week: {0} – {1}</source>
            <translation>Cette semaine : du {0} au {1}</translation>
        </message>
        <message>
            <source>Week of {0} – {1}</source>
            <translation>Semaine du {0} au {1}</translation>
        </message>
        <message>
            <source>Noticed in your timesheet:</source>
            <translation>Remarqué dans votre feuille de temps :</translation>
        </message>
        <message>
            <source>Changed by your supervisor:</source>
            <translation>Modifié par votre superviseur :</translation>
        </message>
        <message>
            <source>Your accuracy on checked tasks (tasks with a known answer; your last {0}):</source>
            <translation>Votre précision sur les tâches de contrôle (tâches dont la réponse est connue ; vos {0} dernières) :</translation>
        </message>
        <message>
            <source>Your supervisor reviewed these answers:</source>
            <translation>Votre superviseur a relu ces réponses :</translation>
        </message>
        <message>
            <source>Task {0} ({1}): corrected by {2}: {3}</source>
            <translation>Tâche {0} ({1}) : corrigée par {2} : {3}</translation>
        </message>
        <message>
            <source>Task {0} ({1}): accepted by {2}: {3}</source>
            <translation>Tâche {0} ({1}) : acceptée par {2} : {3}</translation>
        </message>
        <message>
            <source>Task {0} ({1}): accepted by {2}</source>
            <translation>Tâche {0} ({1}) : acceptée par {2}</translation>
        </message>
        <message>
            <source>{0} (today)</source>
            <translation>{0} (aujourd'hui)</translation>
        </message>
        <message>
            <source>Week total</source>
            <translation>Total de la semaine</translation>
        </message>
        <message>
            <source>{0} planned</source>
            <translation>{0} prévu</translation>
        </message>
        <message>
            <source>{0} (+{1} skipped or flagged)</source>
            <translation>{0} (+{1} passées ou signalées)</translation>
        </message>
        <message>
            <source>Not approved yet.</source>
            <translation>Pas encore approuvée.</translation>
        </message>
        <message>
            <source>Changed since {0} approved it on {1}: your supervisor will look again.</source>
            <translation>Modifiée depuis que {0} l'a approuvée le {1} : votre superviseur va la revoir.</translation>
        </message>
        <message>
            <source>Approved by {0} on {1}.</source>
            <translation>Approuvée par {0} le {1}.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0} : {1}</translation>
        </message>
        <message>
            <source>the computer restarted during your shift, which ended it. The time until you clocked in again is not counted; if you were working, tell your supervisor.</source>
            <translation>l'ordinateur a redémarré pendant votre service, ce qui y a mis fin. Le temps jusqu'à votre nouveau pointage d'arrivée n'est pas compté ; si vous travailliez, dites-le à votre superviseur.</translation>
        </message>
        <message>
            <source>the computer's clock was changed, or the computer slept. Your hours are not affected.</source>
            <translation>l'horloge de l'ordinateur a été changée, ou l'ordinateur s'est mis en veille. Vos heures ne sont pas touchées.</translation>
        </message>
        <message>
            <source>more activity was reported than time passed; only the time on the clock counts.</source>
            <translation>plus d'activité a été signalée que de temps écoulé ; seul le temps de l'horloge compte.</translation>
        </message>
        <message>
            <source>activity during a break was not counted.</source>
            <translation>l'activité pendant une pause n'a pas été comptée.</translation>
        </message>
        <message>
            <source>you clocked in again without clocking out; the second clock-in was not counted.</source>
            <translation>vous avez pointé l'arrivée une deuxième fois sans pointer le départ ; la deuxième arrivée n'a pas été comptée.</translation>
        </message>
        <message>
            <source>{0}: {1} changed your clocked time by {2}. Reason: {4}</source>
            <translation>{0} : {1} a modifié votre temps pointé de {2}. Motif : {4}</translation>
        </message>
        <message>
            <source>{0}: {1} changed your active time by {3}. Reason: {4}</source>
            <translation>{0} : {1} a modifié votre temps actif de {3}. Motif : {4}</translation>
        </message>
        <message>
            <source>{0}: {1} changed your time by {2} clocked and {3} active. Reason: {4}</source>
            <translation>{0} : {1} a modifié votre temps de {2} pointé et {3} actif. Motif : {4}</translation>
        </message>
        <message>
            <source>{0}: {1}% on average; {2} of {3} passed</source>
            <translation>{0} : {1} % en moyenne ; {2} sur {3} réussies</translation>
        </message>
        <message>
            <source>{0}–{1} at {2}</source>
            <translation>{0}–{1} au poste {2}</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>{0} h {1} min</translation>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <source>do tasks</source>
            <translation>faire des tâches</translation>
        </message>
        <message>
            <source>clock in or out</source>
            <translation>pointer l'arrivée ou le départ</translation>
        </message>
        <message>
            <source>see hours</source>
            <translation>voir les heures</translation>
        </message>
        <message>
            <source>see other people's hours, shifts, users or flags</source>
            <translation>voir les heures, créneaux, utilisateurs ou alertes des autres</translation>
        </message>
        <message>
            <source>see another worker's drafts or results</source>
            <translation>voir les brouillons ou résultats d'un autre travailleur</translation>
        </message>
        <message>
            <source>plan shifts</source>
            <translation>planifier des créneaux</translation>
        </message>
        <message>
            <source>correct timesheets</source>
            <translation>corriger les feuilles de temps</translation>
        </message>
        <message>
            <source>approve timesheets</source>
            <translation>approuver les feuilles de temps</translation>
        </message>
        <message>
            <source>export payroll</source>
            <translation>exporter la paie</translation>
        </message>
        <message>
            <source>add users, set PINs or switch accounts on and off</source>
            <translation>ajouter des utilisateurs, définir des PIN ou activer et désactiver des comptes</translation>
        </message>
        <message>
            <source>change the lab's settings</source>
            <translation>modifier les réglages du labo</translation>
        </message>
        <message>
            <source>change the hub settings (enrolment, sync)</source>
            <translation>modifier les réglages du hub (inscription, synchronisation)</translation>
        </message>
        <message>
            <source>let a worker try a project's training again</source>
            <translation>permettre à un travailleur de refaire la formation d'un projet</translation>
        </message>
        <message>
            <source>review workers' results</source>
            <translation>relire les résultats des travailleurs</translation>
        </message>
        <message>
            <source>change their PIN</source>
            <translation type="vanished">changer son PIN</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Answers to review</source>
            <translation>Réponses à relire</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Choose an answer on the left to see it in its task.</source>
            <translation>Choisissez une réponse à gauche pour la voir dans sa tâche.</translation>
        </message>
        <message>
            <source>&amp;Note to the worker (needed for a correction):</source>
            <translation>&amp;Note pour la personne (obligatoire pour une correction) :</translation>
        </message>
        <message>
            <source>Note to the worker</source>
            <translation>Note pour la personne</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accepter</translation>
        </message>
        <message>
            <source>Accept the worker's answer as it is</source>
            <translation>Accepter la réponse telle quelle</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation>&amp;Enregistrer la correction</translation>
        </message>
        <message>
            <source>Save the answer as corrected above, with the note</source>
            <translation>Enregistrer la réponse corrigée ci-dessus, avec la note</translation>
        </message>
        <message>
            <source>Change the answer in the task above, say why in the note, then save. The worker's own answer is kept as she gave it.</source>
            <translation>Modifiez la réponse dans la tâche ci-dessus, expliquez pourquoi dans la note, puis enregistrez. La réponse d'origine de la personne est gardée telle qu'elle l'a donnée.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</source>
            <translation type="unfinished">
                <numerusform>%n réponse à relire : les premières réponses de chaque nouveau travailleur dans un projet, et une part des réponses de tous (davantage pour ceux sous le seuil de réussite).</numerusform>
                <numerusform>%n réponses à relire : les premières réponses de chaque nouveau travailleur dans un projet, et une part des réponses de tous (davantage pour ceux sous le seuil de réussite).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to review now: every answer in the sample has been reviewed.</source>
            <translation>Rien à relire pour l'instant : toutes les réponses de l'échantillon ont été relues.</translation>
        </message>
        <message>
            <source>New to the project</source>
            <translation>Débute dans le projet</translation>
        </message>
        <message>
            <source>Under the pass mark</source>
            <translation>Sous le seuil de réussite</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Échantillon</translation>
        </message>
        <message>
            <source>The note is {0} characters long; keep it to {1}.</source>
            <translation>La note fait {0} caractères ; limitez-la à {1}.</translation>
        </message>
        <message>
            <source>The correction breaks the task's rules; see the marks above.</source>
            <translation>La correction ne respecte pas les règles de la tâche ; voyez les marques ci-dessus.</translation>
        </message>
        <message>
            <source>Accepted: {0}'s answer to {1}.</source>
            <translation>Acceptée : la réponse de {0} à la tâche {1}.</translation>
        </message>
        <message>
            <source>Correction saved: {0} reads your note about {1} in My week.</source>
            <translation>Correction enregistrée : {0} lira votre note sur la tâche {1} dans Ma semaine.</translation>
        </message>
        <message>
            <source>{0} answer(s) to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</source>
            <translation type="vanished">{0} réponse(s) à relire : les premières réponses de chaque nouveau travailleur dans un projet, et une part des réponses de tous (davantage pour ceux sous le seuil de réussite).</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>worker</source>
            <translation>travailleur</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>superviseur</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>admin</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <source>Partner admin</source>
            <translation>Admin partenaire</translation>
        </message>
    </context>
    <context>
        <name>SegmentStrip</name>
        <message>
            <source>Segments</source>
            <translation type="unfinished">Segments</translation>
        </message>
        <message>
            <source>Click a segment to go to it</source>
            <translation type="unfinished">Cliquez sur un segment pour y aller</translation>
        </message>
        <message>
            <source>refused: see the message below</source>
            <translation type="unfinished">refusé : voir le message ci-dessous</translation>
        </message>
        <message>
            <source>translated</source>
            <translation type="unfinished">traduit</translation>
        </message>
        <message>
            <source>not translated yet</source>
            <translation type="unfinished">pas encore traduit</translation>
        </message>
        <message>
            <source>Segment {0}: {1}</source>
            <translation type="unfinished">Segment {0} : {1}</translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>Set a PIN</source>
            <translation>Définir un PIN</translation>
        </message>
        <message>
            <source>A new PIN for {0}. It works at once, and lifts a lock after wrong PINs. Tell {0} the new PIN.</source>
            <translation>Un nouveau PIN pour {0}. Il marche tout de suite et lève un blocage dû à de mauvais PIN. Donnez le nouveau PIN à {0}.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nouveau PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Confirmation du nouveau PIN</translation>
        </message>
        <message>
            <source>New &amp;PIN ({0} to {1} characters):</source>
            <translation>Nouveau &amp;PIN ({0} à {1} caractères) :</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Confirmez le PIN :</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Définir le PIN</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>Les deux PIN ne sont pas identiques. Tapez de nouveau le PIN deux fois.</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Plan a shift</source>
            <translation>Planifier un créneau</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>The name of the computer the worker sits at.</source>
            <translation>Le nom de l'ordinateur où la personne est assise.</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Travailleur :</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>&amp;Fin :</translation>
        </message>
        <message>
            <source>S&amp;eat:</source>
            <translation>&amp;Poste :</translation>
        </message>
        <message>
            <source>Plan the shift</source>
            <translation>Planifier le créneau</translation>
        </message>
        <message>
            <source>&amp;Plan shift</source>
            <translation>Pla&amp;nifier le créneau</translation>
        </message>
        <message>
            <source>Close without planning</source>
            <translation>Fermer sans planifier</translation>
        </message>
        <message>
            <source>Choose who works this shift.</source>
            <translation>Choisissez qui travaille pendant ce créneau.</translation>
        </message>
        <message>
            <source>The shift must end after it starts, on the same day. Change the end time.</source>
            <translation>Le créneau doit finir après son début, le même jour. Changez l'heure de fin.</translation>
        </message>
        <message>
            <source>A shift is at most {0} hours long. Change the times.</source>
            <translation>Un créneau dure au plus {0} heures. Changez les heures.</translation>
        </message>
        <message>
            <source>Type the seat: the name of the computer the worker sits at.</source>
            <translation>Tapez le poste : le nom de l'ordinateur où la personne est assise.</translation>
        </message>
    </context>
    <context>
        <name>ShiftsPanel</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Refresh who is on shift</source>
            <translation>Actualiser qui est en service</translation>
        </message>
        <message>
            <source>On shift now</source>
            <translation>En service maintenant</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Pre&amp;vious week</source>
            <translation>Semaine &amp;précédente</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Semaine précédente</translation>
        </message>
        <message>
            <source>This &amp;week</source>
            <translation>C&amp;ette semaine</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>&amp;Next week</source>
            <translation>Semaine &amp;suivante</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semaine suivante</translation>
        </message>
        <message>
            <source>&amp;Plan a shift…</source>
            <translation>Pla&amp;nifier un créneau…</translation>
        </message>
        <message>
            <source>Plan a shift</source>
            <translation>Planifier un créneau</translation>
        </message>
        <message>
            <source>&amp;Cancel shift…</source>
            <translation>Annuler le &amp;créneau…</translation>
        </message>
        <message>
            <source>Cancel the selected shift</source>
            <translation>Annuler le créneau sélectionné</translation>
        </message>
        <message>
            <source>Asks first. The Delete key in the list does the same.</source>
            <translation>Demande d'abord confirmation. La touche Delete dans la liste fait la même chose.</translation>
        </message>
        <message>
            <source>Planned shifts</source>
            <translation>Créneaux prévus</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Planned by</source>
            <translation>Planifié par</translation>
        </message>
        <message>
            <source>not planned</source>
            <translation>non prévu</translation>
        </message>
        <message>
            <source>Clocked in: {0} · On a break: {1} · Not clocked in: {2} · Late: {3}</source>
            <translation>Arrivée pointée : {0} · En pause : {1} · Arrivée non pointée : {2} · En retard : {3}</translation>
        </message>
        <message>
            <source>Nobody is planned or clocked in right now.</source>
            <translation>Personne n'est prévu ou n'a pointé son arrivée en ce moment.</translation>
        </message>
        <message>
            <source>As of {0}</source>
            <translation>Situation à {0}</translation>
        </message>
        <message>
            <source>On a break</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>On a break, no shift planned now</source>
            <translation>En pause, aucun créneau prévu maintenant</translation>
        </message>
        <message>
            <source>Clocked in, screen locked: stepped away (time paused)</source>
            <translation>Arrivée pointée, écran verrouillé : absence (temps suspendu)</translation>
        </message>
        <message>
            <source>Clocked in since {0}</source>
            <translation>Arrivée pointée à {0}</translation>
        </message>
        <message>
            <source>Clocked in</source>
            <translation>Arrivée pointée</translation>
        </message>
        <message>
            <source>Clocked in since {0}, no shift planned now</source>
            <translation>Arrivée pointée à {0}, aucun créneau prévu maintenant</translation>
        </message>
        <message>
            <source>Clocked in, no shift planned now</source>
            <translation>Arrivée pointée, aucun créneau prévu maintenant</translation>
        </message>
        <message>
            <source>Not clocked in yet: {0} late</source>
            <translation>Arrivée pas encore pointée : {0} de retard</translation>
        </message>
        <message>
            <source>Not clocked in yet</source>
            <translation>Arrivée pas encore pointée</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>Week of {0} (this week)</source>
            <translation>Semaine du {0} (cette semaine)</translation>
        </message>
        <message>
            <source>Week of {0}</source>
            <translation>Semaine du {0}</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd d MMM</translation>
        </message>
        <message>
            <source>Shifts this week: {0}. Those already over are in grey.</source>
            <translation>Créneaux cette semaine : {0}. Ceux déjà terminés sont en gris.</translation>
        </message>
        <message>
            <source>No shifts are planned this week.</source>
            <translation>Aucun créneau n'est prévu cette semaine.</translation>
        </message>
        <message>
            <source>{0}–{1}</source>
            <translation>{0}–{1}</translation>
        </message>
        <message>
            <source>ddd</source>
            <translation>ddd</translation>
        </message>
        <message>
            <source>{0}–{1} {2}</source>
            <translation>{0}–{1} {2}</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>{0} h {1} min</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>superviseur</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>admin</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Nobody is logged in. Log in again to plan shifts.</source>
            <translation>Personne n'est connecté. Reconnectez-vous pour planifier des créneaux.</translation>
        </message>
        <message>
            <source>A shift ends after it starts, at most 16 hours later, at a named seat. Change the times or the seat.</source>
            <translation>Un créneau finit après son début, au plus 16 heures plus tard, à un poste nommé. Changez les heures ou le poste.</translation>
        </message>
        <message>
            <source>Planned: {0}, {1} {2}, seat {3}.</source>
            <translation>Prévu : {0}, {1} {2}, poste {3}.</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <source>Cancel {0}'s shift on {1}, {2}, at seat {3}?</source>
            <translation>Annuler le créneau de {0} le {1}, {2}, au poste {3} ?</translation>
        </message>
        <message>
            <source>That shift is no longer in the plan.</source>
            <translation>Ce créneau n'est plus dans le planning.</translation>
        </message>
        <message>
            <source>Cancelled: {0}'s shift, {1}.</source>
            <translation>Annulé : le créneau de {0}, {1}.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message numerus="yes">
            <source>Sent %n item(s).</source>
            <translation type="unfinished">
                <numerusform>%n élément envoyé.</numerusform>
                <numerusform>%n éléments envoyés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) arrived after another workstation had answered the same task: the hub keeps them beside that result, which stands.</source>
            <translation type="unfinished">
                <numerusform>%n résultat est arrivé alors qu'un autre poste avait déjà répondu à la même tâche : le hub le garde à côté de ce résultat, qui reste valable.</numerusform>
                <numerusform>%n résultats sont arrivés alors qu'un autre poste avait déjà répondu à la même tâche : le hub les garde à côté de ce résultat, qui reste valable.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received %n new batch(es).</source>
            <translation type="unfinished">
                <numerusform>%n nouveau lot reçu.</numerusform>
                <numerusform>%n nouveaux lots reçus.</numerusform>
            </translation>
        </message>
        <message>
            <source>The lab's list of people came from the hub ({added} added, {updated} updated, {disabled} switched off).</source>
            <translation type="unfinished">La liste des personnes du labo est venue du hub ({added} ajoutées, {updated} mises à jour, {disabled} désactivées).</translation>
        </message>
        <message>
            <source>{name} stays partner admin here: the hub's list would leave this workstation without one (the hub should list another admin first).</source>
            <translation type="unfinished">{name} reste admin partenaire ici : la liste du hub laisserait ce poste sans admin partenaire (le hub devrait d'abord mettre un autre admin dans sa liste).</translation>
        </message>
        <message>
            <source>The lab relay at {url} was not used ({why}): media came from the hub.</source>
            <translation type="unfinished">Le relais du labo à {url} n’a pas été utilisé ({why}) : les médias sont venus du hub.</translation>
        </message>
        <message>
            <source>Nothing answered at the lab relay's address {old}; the relay answered at {new}, which is used from now on.</source>
            <translation type="unfinished">Rien n'a répondu à l'adresse du relais du labo {old} ; le relais a répondu à {new}, qui est utilisée désormais.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: the lab relay keeps this workstation's {n} waiting item(s) for the next USB trip.</source>
            <translation type="unfinished">Le hub est injoignable : le relais du labo garde les {n} élément(s) en attente de ce poste pour le prochain passage par clé USB.</translation>
        </message>
        <message>
            <source>The lab file on the relay was not used: {why}</source>
            <translation type="unfinished">Le fichier du labo sur le relais n'a pas été utilisé : {why}</translation>
        </message>
        <message>
            <source>The lab file on the relay brought {n} new batch(es); {items} item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">Le fichier du labo sur le relais a apporté {n} nouveau(x) lot(s) ; {items} élément(s) répondu(s) par le hub ont quitté la boîte d'envoi.</translation>
        </message>
        <message>
            <source>No new batches were asked for: the media of the work not yet done fills the prefetch budget.</source>
            <translation type="unfinished">Aucun nouveau lot n'a été demandé : les médias du travail pas encore fait remplissent la limite des médias à télécharger d'avance.</translation>
        </message>
        <message numerus="yes">
            <source>Today's data budget is used ({used} of {limit} MB): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Le budget de données du jour est épuisé ({used} sur {limit} Mo) : %n élément attend demain, et aucun nouveau travail n’est demandé.</numerusform>
                <numerusform>Le budget de données du jour est épuisé ({used} sur {limit} Mo) : %n éléments attendent demain, et aucun nouveau travail n’est demandé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This month's data budget is used ({used} of {limit} MB): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Le budget de données du mois est épuisé ({used} sur {limit} Mo) : %n élément attend le mois prochain, et aucun nouveau travail n’est demandé.</numerusform>
                <numerusform>Le budget de données du mois est épuisé ({used} sur {limit} Mo) : %n éléments attendent le mois prochain, et aucun nouveau travail n’est demandé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for today is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Le budget de données du labo pour aujourd'hui est épuisé ({used} sur {limit} Mo, compté par le relais) : %n élément attend demain, et aucun nouveau travail n'est demandé.</numerusform>
                <numerusform>Le budget de données du labo pour aujourd'hui est épuisé ({used} sur {limit} Mo, compté par le relais) : %n éléments attendent demain, et aucun nouveau travail n'est demandé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for this month is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Le budget de données du labo pour ce mois est épuisé ({used} sur {limit} Mo, compté par le relais) : %n élément attend le mois prochain, et aucun nouveau travail n'est demandé.</numerusform>
                <numerusform>Le budget de données du labo pour ce mois est épuisé ({used} sur {limit} Mo, compté par le relais) : %n éléments attendent le mois prochain, et aucun nouveau travail n'est demandé.</numerusform>
            </translation>
        </message>
        <message>
            <source>No new work was asked for: today's data budget has too little left.</source>
            <translation type="unfinished">Aucun nouveau travail n’a été demandé : il reste trop peu du budget de données du jour.</translation>
        </message>
        <message>
            <source>No new work was asked for: this month's data budget has too little left.</source>
            <translation type="unfinished">Aucun nouveau travail n’a été demandé : il reste trop peu du budget de données du mois.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) reached the hub before that.</source>
            <translation type="unfinished">
                <numerusform>%n élément était arrivé au hub avant cela.</numerusform>
                <numerusform>%n éléments étaient arrivés au hub avant cela.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new batch(es) arrived before that.</source>
            <translation type="unfinished">
                <numerusform>%n nouveau lot était arrivé avant cela.</numerusform>
                <numerusform>%n nouveaux lots étaient arrivés avant cela.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}.</source>
            <translation type="unfinished">
                <numerusform>%n lot venant du hub n'a pas été pris : {which}.</numerusform>
                <numerusform>%n lots venant du hub n'ont pas été pris : {which}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}; and {more} more.</source>
            <translation type="unfinished">
                <numerusform>%n lot venant du hub n'a pas été pris : {which} ; et {more} autres.</numerusform>
                <numerusform>%n lots venant du hub n'ont pas été pris : {which} ; et {more} autres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync was cancelled; what was sent is kept by the hub.</source>
            <translation type="unfinished">La synchronisation a été annulée ; ce qui a été envoyé est gardé par le hub.</translation>
        </message>
        <message numerus="yes">
            <source>Sent {done} of %n.</source>
            <translation type="unfinished">
                <numerusform>Envoi : {done} sur %n.</numerusform>
                <numerusform>Envoi : {done} sur %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch {batch} from the hub was {reason}</source>
            <translation type="unfinished">Lot {batch} venant du hub : {reason}</translation>
        </message>
        <message>
            <source>{problem} Trying again in {seconds} s.</source>
            <translation type="unfinished">{problem} Nouvel essai dans {seconds} s.</translation>
        </message>
    </context>
    <context>
        <name>TaggingView</name>
        <message>
            <source>Boxes drawn</source>
            <translation type="unfinished">Cadres tracés</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Key {0}</source>
            <translation>Touche {0}</translation>
        </message>
        <message>
            <source>Label of the box</source>
            <translation type="unfinished">Étiquette du cadre</translation>
        </message>
        <message>
            <source>Choose one label</source>
            <translation>Choisissez une étiquette</translation>
        </message>
        <message>
            <source>Choose all labels that apply</source>
            <translation>Choisissez toutes les étiquettes qui conviennent</translation>
        </message>
        <message>
            <source>the image is {0}×{1} pixels, but the task says {2}×{3}</source>
            <translation type="unfinished">l'image fait {0}×{1} pixels, mais la tâche indique {2}×{3}</translation>
        </message>
        <message>
            <source>{0}. {1}: {2}×{3} at {4}, {5}</source>
            <translation type="unfinished">{0}. {1} : {2}×{3} à {4}, {5}</translation>
        </message>
        <message>
            <source>B start/end a box · arrows move (Shift faster) · Alt+arrows resize · Tab next box · 1…9 label · Delete remove · Ctrl+Plus/Minus zoom</source>
            <translation type="unfinished">B début/fin d'un cadre · flèches déplacer (Shift plus vite) · Alt+flèches redimensionner · Tab cadre suivant · 1…9 étiquette · Delete supprimer · Ctrl+Plus/Minus zoom</translation>
        </message>
        <message>
            <source>1…9 choose labels · Ctrl+Plus/Minus zoom · Ctrl+0 fit · arrows pan</source>
            <translation>1…9 choisir les étiquettes · Ctrl+Plus/Minus zoom · Ctrl+0 ajuster · flèches déplacer</translation>
        </message>
    </context>
    <context>
        <name>TaskState</name>
        <message>
            <source>done</source>
            <translation type="unfinished">terminée</translation>
        </message>
        <message>
            <source>gone</source>
            <translation type="unfinished">retirée</translation>
        </message>
        <message>
            <source>held</source>
            <translation type="unfinished">prise par une autre personne</translation>
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished">fermée</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished">passée</translation>
        </message>
        <message>
            <source>flagged</source>
            <translation type="unfinished">signalée</translation>
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished">nouvelle</translation>
        </message>
    </context>
    <context>
        <name>TeamScreen</name>
        <message>
            <source>Partner admin</source>
            <translation>Admin partenaire</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <source>Team — {0} ({1})</source>
            <translation>Équipe — {0} ({1})</translation>
        </message>
        <message>
            <source>Tasks ({0})</source>
            <translation>Tâches ({0})</translation>
        </message>
        <message>
            <source>Go to the task screen</source>
            <translation>Aller à l'écran des tâches</translation>
        </message>
        <message>
            <source>Do tasks yourself, with your timesheet. {0} comes back here.</source>
            <translation>Faites des tâches vous-même, avec votre feuille de temps. {0} vous ramène ici.</translation>
        </message>
        <message>
            <source>Lock (Ctrl+L)</source>
            <translation>Verrouiller (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>Verrouiller l'écran</translation>
        </message>
        <message>
            <source>Lock the screen for the next person. Your PIN opens it again.</source>
            <translation>Verrouiller l'écran pour la personne suivante. Votre PIN le rouvre.</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>On shift (Ctrl+1)</source>
            <translation>En service (Ctrl+1)</translation>
        </message>
        <message>
            <source>Hours (Ctrl+2)</source>
            <translation>Heures (Ctrl+2)</translation>
        </message>
        <message>
            <source>Training (Ctrl+3)</source>
            <translation>Formation (Ctrl+3)</translation>
        </message>
        <message>
            <source>Review (Ctrl+4)</source>
            <translation>Relecture (Ctrl+4)</translation>
        </message>
        <message>
            <source>Users (Ctrl+5)</source>
            <translation>Utilisateurs (Ctrl+5)</translation>
        </message>
    </context>
    <context>
        <name>TimesheetBar</name>
        <message>
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <source>Today's hours</source>
            <translation>Heures du jour</translation>
        </message>
        <message>
            <source>Clock out ({0})</source>
            <translation>Pointer le départ ({0})</translation>
        </message>
        <message>
            <source>Clock in ({0})</source>
            <translation>Pointer l'arrivée ({0})</translation>
        </message>
        <message>
            <source>End break ({0})</source>
            <translation>Finir la pause ({0})</translation>
        </message>
        <message>
            <source>Start break ({0})</source>
            <translation>Commencer une pause ({0})</translation>
        </message>
        <message>
            <source>My week ({0})</source>
            <translation>Ma semaine ({0})</translation>
        </message>
        <message>
            <source>The computer restarted, which ended your shift: your time is not being counted. Clock in again.</source>
            <translation>L'ordinateur a redémarré, ce qui a mis fin à votre service : votre temps n'est pas compté. Pointez de nouveau votre arrivée.</translation>
        </message>
        <message>
            <source>You are not clocked in: your time is not being counted.</source>
            <translation>Vous n'avez pas pointé votre arrivée : votre temps n'est pas compté.</translation>
        </message>
        <message>
            <source>On a break: your time is not being counted until you end the break.</source>
            <translation>En pause : votre temps n'est pas compté tant que vous ne finissez pas la pause.</translation>
        </message>
        <message>
            <source>Time paused while the screen was locked. It counts again when you work.</source>
            <translation>Temps suspendu pendant que l'écran était verrouillé. Il compte de nouveau quand vous travaillez.</translation>
        </message>
        <message>
            <source>Time paused: there was no input for a while. It counts again when you work.</source>
            <translation>Temps suspendu : aucune activité depuis un moment. Il compte de nouveau quand vous travaillez.</translation>
        </message>
        <message>
            <source>Clocked in since {0}: your time is being counted.</source>
            <translation>Arrivée pointée à {0} : votre temps est compté.</translation>
        </message>
        <message>
            <source>Today: {0} clocked · {1} active</source>
            <translation>Aujourd'hui : {0} pointé · {1} actif</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>{0} h {1} min</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Training of each worker</source>
            <translation>Formation de chaque travailleur</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>Meilleur score</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Essais</translation>
        </message>
        <message>
            <source>&amp;Give another attempt</source>
            <translation>&amp;Donner un nouvel essai</translation>
        </message>
        <message>
            <source>Give the selected worker another attempt at the training</source>
            <translation>Donner au travailleur sélectionné un nouvel essai de formation</translation>
        </message>
        <message>
            <source>For a worker who has used her attempts: she does the project's training set again, and its tasks open when she passes.</source>
            <translation>Pour une personne qui a utilisé tous ses essais : elle refait la série de formation du projet, et ses tâches s'ouvrent quand elle la réussit.</translation>
        </message>
        <message>
            <source>No project here has a training set.</source>
            <translation>Aucun projet ici n'a de série de formation.</translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s) have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</source>
            <translation type="unfinished">
                <numerusform>%n travailleur a utilisé ses essais sans réussir : les tâches de son projet lui restent fermées jusqu'à ce que vous lui donniez un nouvel essai.</numerusform>
                <numerusform>%n travailleurs ont utilisé leurs essais sans réussir : les tâches de leur projet leur restent fermées jusqu'à ce que vous donniez un nouvel essai.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each worker does a project's training set before its tasks open to her.</source>
            <translation>Chaque travailleur fait la série de formation d'un projet avant que ses tâches lui soient ouvertes.</translation>
        </message>
        <message>
            <source>Each worker does a project's training tasks once, before its other tasks; no project here asks for a pass mark.</source>
            <translation>Chaque travailleur fait une fois les tâches de formation d'un projet, avant ses autres tâches ; aucun projet ici ne demande de seuil de réussite.</translation>
        </message>
        <message>
            <source>{0} (pass mark {1}%)</source>
            <translation>{0} (seuil de réussite {1} %)</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} sur {1}</translation>
        </message>
        <message>
            <source>Passed on another workstation: the tasks are open</source>
            <translation>Réussie sur un autre poste : les tâches sont ouvertes</translation>
        </message>
        <message>
            <source>Passed: the tasks are open</source>
            <translation>Réussie : les tâches sont ouvertes</translation>
        </message>
        <message>
            <source>Not passed, no attempts left: the tasks are closed</source>
            <translation>Pas réussie, plus d'essais : les tâches sont fermées</translation>
        </message>
        <message>
            <source>Done (the project does not require a pass)</source>
            <translation>Faite (le projet ne demande pas de réussite)</translation>
        </message>
        <message>
            <source>Training: {0} of {1} done</source>
            <translation>Formation : {0} sur {1} faites</translation>
        </message>
        <message>
            <source>{0} may try the training of {1} again.</source>
            <translation>{0} peut refaire la formation de {1}.</translation>
        </message>
        <message>
            <source>{0} worker(s) have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</source>
            <translation type="vanished">{0} travailleur(s) ont utilisé leurs essais sans réussir : les tâches de leur projet leur restent fermées jusqu'à ce que vous donniez un nouvel essai.</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionView</name>
        <message>
            <source>Transcript</source>
            <translation>Transcription</translation>
        </message>
        <message>
            <source>Type what you hear or read…</source>
            <translation>Tapez ce que vous entendez ou lisez…</translation>
        </message>
        <message>
            <source>&amp;Transcript</source>
            <translation>&amp;Transcription</translation>
        </message>
        <message>
            <source>Type what you hear…</source>
            <translation>Tapez ce que vous entendez…</translation>
        </message>
        <message>
            <source>Type what you read…</source>
            <translation>Tapez ce que vous lisez…</translation>
        </message>
        <message>
            <source>Insert {0}</source>
            <translation>Insérer {0}</translation>
        </message>
        <message>
            <source>Esc play/pause · F2/F3 back/forward · F7/F8 speed · F9 loop · Ctrl+J time stamp · Alt+1…9 tokens</source>
            <translation>Esc lecture/pause · F2/F3 reculer/avancer · F7/F8 vitesse · F9 boucle · Ctrl+J horodatage · Alt+1…9 balises</translation>
        </message>
        <message>
            <source>Ctrl+Plus/Minus zoom · Ctrl+0 fit · Tab to the scan, arrows pan, Shift+Tab back · Alt+1…9 tokens</source>
            <translation>Ctrl+Plus/Minus zoom · Ctrl+0 ajuster · Tab vers le scan, flèches pour déplacer, Shift+Tab retour · Alt+1…9 balises</translation>
        </message>
        <message>
            <source>{0} / {1} characters</source>
            <translation>{0} / {1} caractères</translation>
        </message>
    </context>
    <context>
        <name>TranslationView</name>
        <message>
            <source>Source text</source>
            <translation type="unfinished">Texte source</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation type="unfinished">Traduction</translation>
        </message>
        <message>
            <source>Type the translation…</source>
            <translation type="unfinished">Tapez la traduction…</translation>
        </message>
        <message>
            <source>Copy source</source>
            <translation type="unfinished">Copier la source</translation>
        </message>
        <message>
            <source>Copy the source into the translation</source>
            <translation type="unfinished">Copier la source dans la traduction</translation>
        </message>
        <message>
            <source>Previous segment</source>
            <translation type="unfinished">Segment précédent</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation type="unfinished">Segment suivant</translation>
        </message>
        <message>
            <source>&amp;Translation</source>
            <translation type="unfinished">&amp;Traduction</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">Source</translation>
        </message>
        <message>
            <source>Segment {0} of {1}</source>
            <translation type="unfinished">Segment {0} sur {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) not translated yet</source>
            <translation type="unfinished">
                <numerusform>%n segment pas encore traduit</numerusform>
                <numerusform>%n segments pas encore traduits</numerusform>
            </translation>
        </message>
        <message>
            <source>Previous: {0} → {1}</source>
            <translation type="unfinished">Précédent : {0} → {1}</translation>
        </message>
        <message>
            <source>Next: {0} → {1}</source>
            <translation type="unfinished">Suivant : {0} → {1}</translation>
        </message>
        <message>
            <source>Insert {0}</source>
            <translation type="unfinished">Insérer {0}</translation>
        </message>
        <message>
            <source>Alt+Down/Up next/previous segment · Alt+Page Down next untranslated · Ctrl+Shift+C copy source · Alt+1…9 insert terms</source>
            <translation type="unfinished">Alt+Down/Up segment suivant/précédent · Alt+Page Down prochain non traduit · Ctrl+Shift+C copier la source · Alt+1…9 insérer des termes</translation>
        </message>
        <message>
            <source>{0} / {1} characters</source>
            <translation type="unfinished">{0} / {1} caractères</translation>
        </message>
        <message>
            <source>Alt+Down/Up next/previous segment · Ctrl+Shift+C copy source · Alt+1…9 insert terms</source>
            <translation type="vanished">Alt+Down/Up segment suivant/précédent · Ctrl+Shift+C copier la source · Alt+1…9 insérer des termes</translation>
        </message>
    </context>
    <context>
        <name>UserDialogs</name>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>UsersPanel</name>
        <message>
            <source>Where the user list comes from</source>
            <translation>D'où vient la liste des utilisateurs</translation>
        </message>
        <message>
            <source>Names, roles and labs of users from the hub are kept at the hub: the organisation's admin changes them there (labhub add-user …), and they arrive here with the next sync. This screen does not change roles.</source>
            <translation>Les noms, rôles et labos des utilisateurs venant du hub sont gérés sur le hub : l'admin de l'organisation les modifie là-bas (labhub add-user …), et ils arrivent ici à la prochaine synchronisation. Cet écran ne change pas les rôles.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Labo</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajouté</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>About the selected user</source>
            <translation>À propos de l'utilisateur sélectionné</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Ajouter un utilisateur…</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Ajouter un utilisateur</translation>
        </message>
        <message>
            <source>Set &amp;PIN…</source>
            <translation>Définir le &amp;PIN…</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Définir le PIN</translation>
        </message>
        <message>
            <source>S&amp;witch off…</source>
            <translation>&amp;Désactiver…</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Dé&amp;bloquer</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Débloquer</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>The hub has not sent a user list yet: users added here are marked 'awaiting the hub' until it confirms them.</source>
            <translation>Le hub n'a pas encore envoyé de liste d'utilisateurs : les utilisateurs ajoutés ici sont marqués « en attente du hub » jusqu'à ce qu'il les confirme.</translation>
        </message>
        <message>
            <source>The user list came from the hub on {0}, more than {1} days ago: someone switched off at the hub can still log in here until the next sync. Sync soon.</source>
            <translation>La liste d'utilisateurs est venue du hub le {0}, il y a plus de {1} jours : une personne désactivée sur le hub peut encore se connecter ici jusqu'à la prochaine synchronisation. Synchronisez bientôt.</translation>
        </message>
        <message>
            <source>The user list came from the hub on {0}.</source>
            <translation>La liste d'utilisateurs est venue du hub le {0}.</translation>
        </message>
        <message>
            <source>{0} (you)</source>
            <translation>{0} (vous)</translation>
        </message>
        <message>
            <source>By the hub</source>
            <translation>Par le hub</translation>
        </message>
        <message>
            <source>Here, confirmed by the hub</source>
            <translation>Ici, confirmé par le hub</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Ici</translation>
        </message>
        <message>
            <source>Switched off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Locked for {0} s</source>
            <translation>Bloqué encore {0} s</translation>
        </message>
        <message>
            <source>No PIN yet</source>
            <translation>Pas encore de PIN</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Awaiting the hub</source>
            <translation>En attente du hub</translation>
        </message>
        <message>
            <source>S&amp;witch on</source>
            <translation>&amp;Réactiver</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <source>You cannot switch off your own account. Another partner admin can.</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte. Un autre admin partenaire le peut.</translation>
        </message>
        <message>
            <source>This is you. You cannot switch off your own account; another partner admin can.</source>
            <translation>C'est vous. Vous ne pouvez pas désactiver votre propre compte ; un autre admin partenaire le peut.</translation>
        </message>
        <message>
            <source>{0} is switched off: they cannot log in here. Their recorded time and work stay.</source>
            <translation>Le compte de {0} est désactivé : cette personne ne peut pas se connecter ici. Son temps enregistré et son travail restent.</translation>
        </message>
        <message>
            <source>{0} typed a wrong PIN {1} times in a row and can try again in {2} seconds. Unlock lets them try now.</source>
            <translation>{0} a tapé un mauvais PIN {1} fois de suite et pourra réessayer dans {2} secondes. Débloquer permet de réessayer tout de suite.</translation>
        </message>
        <message>
            <source>{0} has no PIN yet, so they cannot log in. Set one with Set PIN.</source>
            <translation>{0} n'a pas encore de PIN et ne peut donc pas se connecter. Définissez-en un avec Définir le PIN.</translation>
        </message>
        <message>
            <source>{0} was added here and can log in on this workstation. The hub confirms them when its user list names them.</source>
            <translation>Compte de {0} créé ici : cette personne peut se connecter sur ce poste. Le hub la confirme quand sa liste d'utilisateurs la contient.</translation>
        </message>
        <message>
            <source>{0}'s name, role and lab come from the hub: change them there.</source>
            <translation>Le nom, le rôle et le labo de {0} viennent du hub : modifiez-les là-bas.</translation>
        </message>
        <message>
            <source>{0} is added and can log in here with the PIN you chose. The hub confirms them at a sync.</source>
            <translation>C'est fait : {0} peut se connecter ici avec le PIN que vous avez choisi. Le hub confirmera cette personne lors d'une synchronisation.</translation>
        </message>
        <message>
            <source>{0} comes from the hub: if the hub sends a PIN for them, it replaces this one at a sync.</source>
            <translation>{0} vient du hub : si le hub envoie un PIN pour cette personne, il remplace celui-ci lors d'une synchronisation.</translation>
        </message>
        <message>
            <source>{0}'s new PIN is set: they can log in with it now.</source>
            <translation>Le nouveau PIN de {0} est défini : cette personne peut maintenant se connecter avec ce PIN.</translation>
        </message>
        <message>
            <source>{0} is switched on and can log in again.</source>
            <translation>Le compte de {0} est réactivé : cette personne peut de nouveau se connecter.</translation>
        </message>
        <message>
            <source>Switch off {0}?</source>
            <translation>Désactiver le compte de {0} ?</translation>
        </message>
        <message>
            <source>{0} cannot log in here until you switch them on again, and is logged out now if they are logged in. Their recorded time and work stay.</source>
            <translation>{0} ne pourra plus se connecter ici tant que vous ne réactivez pas son compte, et sa session ouverte sera fermée tout de suite. Son temps enregistré et son travail restent.</translation>
        </message>
        <message>
            <source>The hub's next user list may switch them on again: to switch them off for good, switch them off at the hub.</source>
            <translation>La prochaine liste d'utilisateurs du hub peut réactiver ce compte : pour le désactiver pour de bon, désactivez-le sur le hub.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{0} is switched off.</source>
            <translation>Le compte de {0} est désactivé.</translation>
        </message>
        <message>
            <source>{0} is unlocked and can try their PIN again now.</source>
            <translation>Le compte de {0} est débloqué : cette personne peut réessayer son PIN dès maintenant.</translation>
        </message>
        <message>
            <source>You are no longer logged in.</source>
            <translation>Votre session est fermée.</translation>
        </message>
    </context>
    <context>
        <name>VideoScreen</name>
        <message>
            <source>Video</source>
            <extracomment>The largest picture shown: 4K UHD. A larger frame (a hostile or broken file) is not converted (its image alone would take a gigabyte at 16k x 16k); ``too_large`` says so instead.</extracomment>
            <translation type="unfinished">Vidéo</translation>
        </message>
        <message>
            <source>Click to play or pause</source>
            <translation type="unfinished">Cliquez pour lire ou mettre en pause</translation>
        </message>
    </context>
    <context>
        <name>Waveform</name>
        <message>
            <source>Waveform of the clip</source>
            <translation>Forme d'onde de l'extrait</translation>
        </message>
        <message>
            <source>Click to play from there</source>
            <translation>Cliquez pour lire à partir de là</translation>
        </message>
    </context>
    <context>
        <name>WorkScreen</name>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Project to work on</source>
            <translation>Projet sur lequel travailler</translation>
        </message>
        <message>
            <source>Work on (Ctrl+P):</source>
            <translation>Travailler sur (Ctrl+P) :</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Consignes</translation>
        </message>
        <message>
            <source>Instructions (F1)</source>
            <translation>Consignes (F1)</translation>
        </message>
        <message>
            <source>Flag as broken (Ctrl+Shift+B)</source>
            <translation>Signaler un problème (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <source>Skip (Ctrl+Shift+S)</source>
            <translation>Passer (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Submit (Ctrl+Enter)</source>
            <translation>Valider (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Undo last answer (Ctrl+Shift+Backspace)</source>
            <translation>Reprendre la réponse (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <source>Team (F4)</source>
            <translation>Équipe (F4)</translation>
        </message>
        <message>
            <source>Go to the Team screen</source>
            <translation>Aller à l'écran Équipe</translation>
        </message>
        <message>
            <source>Import a batch from a file… (Ctrl+I)</source>
            <translation>Importer un lot depuis un fichier… (Ctrl+I)</translation>
        </message>
        <message>
            <source>Import a batch from a file</source>
            <translation>Importer un lot depuis un fichier</translation>
        </message>
        <message>
            <source>Worker: {0}</source>
            <translation>Travailleur : {0}</translation>
        </message>
        <message>
            <source>This project has no instructions.</source>
            <translation>Ce projet n'a pas de consignes.</translation>
        </message>
        <message>
            <source>transcription</source>
            <translation>transcription</translation>
        </message>
        <message>
            <source>tagging</source>
            <translation>étiquetage</translation>
        </message>
        <message>
            <source>data entry</source>
            <translation>saisie de données</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>Tous les projets</translation>
        </message>
        <message>
            <source>No task to do</source>
            <translation>Aucune tâche à faire</translation>
        </message>
        <message>
            <source>There are no tasks left in this computer's cache. New work arrives when the workstation syncs with the hub; a lab admin can also import a batch from a USB stick.</source>
            <translation>Il ne reste aucune tâche dans le cache de cet ordinateur. Du nouveau travail arrive quand le poste se synchronise avec le hub ; un admin du labo peut aussi importer un lot depuis une clé USB.</translation>
        </message>
        <message>
            <source>{0}: {1} left</source>
            <translation>{0} : {1} à faire</translation>
        </message>
        <message>
            <source>Lock (Ctrl+L)</source>
            <translation>Verrouiller (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>Verrouiller l'écran</translation>
        </message>
        <message>
            <source>Lock the screen for the next person. Your PIN opens it again, with your work as you left it.</source>
            <translation>Verrouiller l'écran pour la personne suivante. Votre PIN le rouvre, avec votre travail tel que vous l'avez laissé.</translation>
        </message>
        <message>
            <source>translation</source>
            <translation type="unfinished">traduction</translation>
        </message>
        <message>
            <source>captioning</source>
            <translation type="unfinished">sous-titrage</translation>
        </message>
        <message>
            <source>    {0}, {1} only: {2} left</source>
            <translation>    {0}, {1} seulement : {2} à faire</translation>
        </message>
        <message>
            <source>Nothing is left for you in {0}. Choose other work (Ctrl+P), or all of it.</source>
            <translation>Il ne vous reste rien dans {0}. Choisissez un autre travail (Ctrl+P), ou tous les projets.</translation>
        </message>
        <message>
            <source>The tasks of {0} open when you pass its training: your best score is {1}%, {2}% is needed, and your {3} attempts are used. Ask your supervisor to let you try again.</source>
            <translation>Les tâches de {0} s'ouvrent quand vous réussissez sa formation : votre meilleur score est {1} %, il faut {2} %, et vos {3} essais sont utilisés. Demandez à votre superviseur de vous laisser réessayer.</translation>
        </message>
        <message>
            <source>The organisation has paused your work on {0}: {1} Ask your supervisor.</source>
            <translation>L'organisation a mis en pause votre travail sur {0} : {1} Demandez à votre superviseur.</translation>
        </message>
        <message>
            <source>Done today: {0} (and {1} skipped or flagged)   ·   Left in cache: {2}</source>
            <translation>Fait aujourd'hui : {0} (et {1} passées ou signalées)   ·   Reste dans le cache : {2}</translation>
        </message>
        <message>
            <source>Done today: {0}   ·   Left in cache: {1}</source>
            <translation>Fait aujourd'hui : {0}   ·   Reste dans le cache : {1}</translation>
        </message>
        <message>
            <source>Clock in?</source>
            <translation>Pointer l'arrivée ?</translation>
        </message>
        <message>
            <source>You are not clocked in, so the work you just did is not on the clock. Clock in now? (Next time: {0}, or the Clock in button.)</source>
            <translation>Vous n'avez pas pointé votre arrivée : le travail que vous venez de faire n'est donc pas compté dans votre temps. Pointer l'arrivée maintenant ? (La prochaine fois : {0}, ou le bouton Pointer l'arrivée.)</translation>
        </message>
        <message>
            <source>&amp;Clock in now</source>
            <translation>&amp;Pointer l'arrivée maintenant</translation>
        </message>
        <message>
            <source>Clock in now</source>
            <translation>Pointer l'arrivée maintenant</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>Pas &amp;maintenant</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>Your answer is saved, but its feedback cannot be shown: {0}</source>
            <translation>Votre réponse est enregistrée, mais son retour ne peut pas être affiché : {0}</translation>
        </message>
        <message>
            <source>Skip this task</source>
            <translation>Passer cette tâche</translation>
        </message>
        <message>
            <source>Why are you skipping it?</source>
            <translation>Pourquoi la passez-vous ?</translation>
        </message>
        <message>
            <source>Too hard to hear or read</source>
            <translation>Trop difficile à entendre ou à lire</translation>
        </message>
        <message>
            <source>Not in a language I know</source>
            <translation>Pas dans une langue que je connais</translation>
        </message>
        <message>
            <source>I am not sure</source>
            <translation>Je ne sais pas trop</translation>
        </message>
        <message>
            <source>Flag this task as broken</source>
            <translation>Signaler un problème avec cette tâche</translation>
        </message>
        <message>
            <source>What is wrong with it?</source>
            <translation>Qu'est-ce qui ne va pas ?</translation>
        </message>
        <message>
            <source>The media does not play or show</source>
            <translation>Le média ne se lit pas ou ne s'affiche pas</translation>
        </message>
        <message>
            <source>The instructions do not fit this task</source>
            <translation>Les consignes ne correspondent pas à cette tâche</translation>
        </message>
        <message>
            <source>The content is offensive or private</source>
            <translation>Le contenu est choquant ou privé</translation>
        </message>
        <message>
            <source>Your last answer is taken back: change it and submit again.</source>
            <translation>Votre dernière réponse est reprise : modifiez-la et validez de nouveau.</translation>
        </message>
        <message>
            <source>This task's media cannot be shown or played ({0}). Press Ctrl+Shift+B to flag the task as broken, then go on.</source>
            <translation>Le média de cette tâche ne peut pas être affiché ou lu ({0}). Appuyez sur Ctrl+Shift+B pour signaler un problème avec la tâche, puis continuez.</translation>
        </message>
        <message>
            <source>Import a batch</source>
            <translation>Importer un lot</translation>
        </message>
        <message>
            <source>Batch bundles (*.zip)</source>
            <translation>Paquets de lots (*.zip)</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>Importation de {0}…</translation>
        </message>
        <message>
            <source>Batch {0} is already in the cache; nothing changed.</source>
            <translation>Le lot {0} est déjà dans le cache ; rien n'a changé.</translation>
        </message>
    </context>
    <context>
        <name>label</name>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
    </context>
</TS>
