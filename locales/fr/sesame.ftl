### Les mots de Sesame en français.

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = no

## The window

app-name = Sesame
data-error-title = Sesame ne peut pas ouvrir ses données
something-went-wrong = Un problème est survenu.
cancel = Annuler
close = Fermer
done = Terminé
save = Enregistrer
choose = Choisir…
part-failed = Sesame n’a pas pu charger cette partie de sa fenêtre. Réinstaller Sesame devrait la réparer.
again = Encore

## The header and its menu

header-profile = Profil
header-add = Ajouter
header-add-title = Ajouter un compte (Ctrl+N)
header-lock = Verrouiller
header-lock-label = Verrouiller { $profile }
header-menu = Plus
menu-new-profile = Nouveau profil…
menu-password = Mot de passe…
menu-recovery = Clé de récupération…
menu-import = Importer…
menu-export = Exporter…
menu-backups = Sauvegardes…
menu-sync = Synchronisation…
menu-settings = Paramètres…
menu-login-unlock-stop = Ne plus déverrouiller avec ma session
menu-login-unlock-start = Déverrouiller aussi avec ma session

## Adding accounts: the first screen and the Add dialog

empty-title = Ajoutez votre premier compte
empty-lead = Où le site vous a-t-il donné la configuration ?
add-title = Ajouter un compte
add-scan-screen = Scanner le QR code affiché à l’écran
add-scan-screen-hint = Le site affiche un QR code en ce moment : Sesame le trouve.
add-open-image = Ouvrir une image de QR code…
add-open-image-hint = Une capture d’écran ou une image enregistrée. Vous pouvez aussi la déposer ou la coller ici.
add-type-key = Saisir la clé de configuration…
add-type-key-hint = Le site affiche plutôt une clé faite de lettres et de chiffres.
add-import = Importer depuis une autre application…
add-import-hint = Aegis, 2FAS, Google Authenticator et d’autres.
add-link = Coller un lien de configuration (avancé)
add-link-label = Lien de configuration (otpauth://…)
add-link-submit = Ajouter
add-drop = Déposez une image de QR code pour la scanner, ou un fichier d’export pour l’importer
accounts-added =
    { $count ->
        [one] { $count } compte ajouté.
       *[other] { $count } comptes ajoutés.
    }
account-added = { $name } ajouté.
accounts-saved =
    { $count ->
        [one] { $count } compte enregistré.
       *[other] { $count } comptes enregistrés.
    }
tip-quick-copy = Astuce : appuyez sur { $shortcut } n’importe où pour trouver un compte et copier son code.
tip-search = Astuce : tapez pour trouver un compte, puis appuyez sur Entrée pour copier son code.
tip-dismiss = Compris

## The list

search-label = Rechercher des comptes
search-placeholder = Rechercher
order-title = Changer l’ordre
order-custom = Votre ordre
order-issuer = A–Z
order-used = Les plus utilisés
order-recent = Récents
groups-label = Groupes
group-all = Tous
accounts-label = Comptes
no-match = Aucun compte ne correspond à « { $query } ».
unnamed-account = Compte sans nom
copy-title = Copier le code
favourite = Favori
copied = Copié
next-code-label = Code suivant
next-code-shown = puis { $code }
seconds-left-title = Secondes restantes
seconds-left =
    { $seconds ->
        [one] { $seconds } seconde restante
       *[other] { $seconds } secondes restantes
    }
next-code-for = Code suivant de { $name }
edit = Modifier
edit-label = Modifier { $name }
remove = Supprimer
remove-label = Supprimer { $name }
codes-change-in =
    { $seconds ->
        [one] Les codes changent dans { $seconds } seconde
       *[other] Les codes changent dans { $seconds } secondes
    }
copied-code = Code de { $name } copié.
copied-code-clears =
    { $seconds ->
        [one] Code de { $name } copié ; le presse-papiers sera vidé dans { $seconds } seconde.
       *[other] Code de { $name } copié ; le presse-papiers sera vidé dans { $seconds } secondes.
    }

## Banners

removed = { $name } supprimé.
undo = Annuler
remind-recovery = Ce profil n’est conservé que par le trousseau du système ; si le trousseau est réinitialisé, ses comptes sont perdus.
remind-recovery-action = Créer une clé de récupération
remind-backup = Ces comptes n’ont pas encore de sauvegarde.
remind-backup-action = Configurer les sauvegardes automatiques
integrity-wait = Tant que vous n’avez pas confirmé, Sesame ne modifie rien dans ce profil.
integrity-confirm = J’ai vérifié les comptes : commencer un nouvel enregistrement

## First start and the lock screen

welcome-title = Bienvenue dans Sesame
welcome-password = Mot de passe de votre profil
welcome-create = Créer le profil
locked-title = { $profile } est verrouillé
unlock-password = Mot de passe
unlock-recovery-key = Clé de récupération
unlock = Déverrouiller
unlocking = Déverrouillage…
use-recovery-key = Utiliser la clé de récupération
use-password = Utiliser le mot de passe
try-keyring = Réessayer le trousseau

## Scan preview

scan-found = Comptes trouvés
scan-none = Aucun compte trouvé
scan-not-a-code = Pas un code d’authentification : { $what } ({ $preview })
scan-kind-url = un lien web
scan-kind-wifi = des réglages Wi-Fi
scan-kind-text = du texte
scan-save =
    { $count ->
        [one] Enregistrer { $count } compte
       *[other] Enregistrer { $count } comptes
    }
meta-digits =
    { $digits ->
        [one] { $digits } chiffre
       *[other] { $digits } chiffres
    }
meta-characters =
    { $digits ->
        [one] { $digits } caractère
       *[other] { $digits } caractères
    }
meta-period = { $seconds } s
meta-already-added = déjà ajouté

## Typing a setup key

manual-title = Ajouter un compte avec sa clé de configuration
manual-issuer = Émetteur (le site ou le service)
manual-account = Compte (votre nom ou adresse chez lui)
manual-secret = Clé de configuration
manual-advanced = Réglages du code (seulement si le site l’indique)
manual-code-now = Code actuel :
manual-seconds = ({ $seconds } s)
manual-type-key = Saisissez la clé pour voir son code.
manual-add = Ajouter

## Code settings

params-type = Type
params-totp = Basé sur le temps
params-hotp = Compteur (HOTP)
params-steam = Steam
params-algorithm = Algorithme
params-digits = Chiffres
params-period = Période (secondes)
params-counter = Compteur (du prochain code)

## Editing an account

edit-title = Modifier le compte
reveal-title = Secret et QR code
reveal-qr-alt = QR code de ce compte, à scanner avec un téléphone
reveal-warning = Quiconque voit ceci peut générer vos codes. Fermez quand vous avez terminé.
reveal-password = Le mot de passe de votre profil, pour afficher le secret
reveal-caution = Le secret permet à n’importe qui de générer les codes de ce compte : ne l’affichez que là où personne d’autre ne peut le voir.
reveal-show = Afficher
edit-issuer = Émetteur
edit-account = Compte
edit-group = Groupe
edit-note = Note
edit-favourite = Favori (affiché en premier)
edit-icon = Icône
edit-brand-placeholder = Marque (comme l’émetteur)
edit-brand-label = Nom de l’icône de marque
edit-icon-image = Image…
edit-icon-reset = Réinitialiser
edit-advanced = Réglages du code (avancé)
edit-advanced-warning = Ne les modifiez que pour correspondre à ceux du site : des valeurs fausses rendent tous les codes faux. Pour un compte HOTP, réglez le compteur pour le resynchroniser.
edit-reveal = Secret et QR…

## Settings

settings-title = Paramètres
settings-language = Langue
settings-language-system = Comme le système
settings-clipboard = Vider le presse-papiers après (secondes, 0 = jamais)
settings-show-next = Afficher le code suivant dans les dernières (secondes, 0 = jamais)
settings-auto-lock = Verrouiller un profil à mot de passe après (minutes d’inactivité, 0 = jamais)
settings-time-offset = Correction de l’heure (secondes ajoutées à l’horloge de cet ordinateur, si elle est fausse)
settings-hide-codes = Masquer les codes tant que le pointeur ou le focus n’est pas sur leur ligne
settings-shortcut = Raccourci de copie rapide (partout sur le bureau ; vide = aucun)
settings-quick-types = La copie rapide tape le code dans la fenêtre au lieu de le copier (Maj+Entrée fait l’inverse)
settings-start-at-login = Lancer Sesame à l’ouverture de ma session
settings-close-to-tray = Fermer la fenêtre laisse Sesame ouvert (dans la zone de notification, ou réduit s’il n’y en a pas)
settings-lock-on-minimise = Verrouiller quand la fenêtre est réduite
settings-theme = Thème
theme-system = Comme le système
theme-light = Clair
theme-dark = Sombre
settings-weaker = Verrouiller plus tard, ou vider le presse-papiers plus tard, rend tous les profils moins sûrs : saisissez le mot de passe de votre profil pour enregistrer.
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = Le mot de passe de votre profil, { $purpose }
owner-weaken = pour assouplir ces réglages
owner-export = pour exporter ses comptes
owner-backup = pour sauvegarder ses comptes
owner-sync = pour activer la synchronisation
owner-recovery = pour créer une clé de récupération
owner-allow = pour l’autoriser

## Password strength

strength-0 = Très facile à deviner
strength-1 = Facile à deviner
strength-2 = Moyen
strength-3 = Fort
strength-4 = Très fort
strength-advice = ajoutez quelques mots peu courants

## Import

import-title = Importer des comptes
import-from = Importer depuis { $app }
import-drop-label = Déposez un fichier d’export ici
import-drop = Déposez ici un export d’une autre application d’authentification ou d’un gestionnaire de mots de passe
import-choose = Choisir un fichier…
import-password = Cet export { $app } est chiffré. Son mot de passe :
import-key-file = Fichier clé, si la base en a un
import-open = Ouvrir
import-opening = Ouverture…
import-rows = Ce que l’import va faire
import-new = nouveau
import-duplicate = déjà présent
import-error = impossible à importer
import-confirm =
    { $count ->
        [one] Importer { $count } compte
       *[other] Importer { $count } comptes
    }

## Export

export-title = Exporter
export-sesame = Sauvegarde Sesame
export-sesame-about = chiffrée par mot de passe ; tout est conservé
export-aegis-encrypted = Aegis, chiffré
export-aegis-encrypted-about = s’ouvre dans Aegis avec son mot de passe
export-aegis = Aegis, en clair
export-aegis-about = coffre non chiffré avec groupes et notes
export-2fas-encrypted = 2FAS, chiffré
export-2fas-encrypted-about = s’ouvre dans 2FAS avec son mot de passe ; groupes conservés
export-2fas = 2FAS, en clair
export-2fas-about = sauvegarde 2FAS non chiffrée, avec les groupes
export-ente = Ente Auth
export-ente-about = export texte d’Ente, avec étiquettes, notes et épingles
export-bitwarden = Bitwarden
export-bitwarden-about = JSON non chiffré pour Bitwarden ; les comptes HOTP sont laissés de côté
export-keepassxc = Base KeePassXC
export-keepassxc-about = un fichier .kdbx avec son mot de passe ; codes dans le champ TOTP de KeePassXC, comptes HOTP laissés de côté
export-google-qr = QR codes Google Authenticator
export-google-qr-about = images à scanner avec un téléphone (un dossier)
export-uris = Liens otpauth
export-uris-about = un par ligne, non chiffrés
export-qr = Un compte en QR code
export-qr-about = pour le transférer sur un téléphone
export-format = Format
export-account = Compte
export-password = Mot de passe du fichier
export-plain-ok = Je comprends que ce fichier contient mes secrets en clair : quiconque l’obtient peut générer mes codes.
export-folder = Dossier
export-file = Fichier
export-path-placeholder = Choisissez où l’enregistrer
export-folder-title = Dossier pour les images QR
export-to-title = Exporter vers
export-run = Exporter
exporting = Export…
exported =
    { $count ->
        [one] { $count } compte exporté vers { $where }.
       *[other] { $count } comptes exportés vers { $where }.
    }
exported-files =
    { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }
not-exported = Non exporté : { $what }

## Automatic backups

backup-title = Sauvegardes automatiques
backup-state = Sauvegarde dans { $folder } quelques secondes après chaque modification, en gardant les { $keep } dernières.
backup-last = Dernière sauvegarde : { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
backup-restore = Restaurez une sauvegarde avec Importer ; elle s’ouvre avec son seul mot de passe.
backup-off = Désactiver
backup-now = Sauvegarder maintenant
backup-about = Après chaque modification, une sauvegarde chiffrée de Sesame est écrite dans le dossier de votre choix (un autre disque, un dossier synchronisé). Elle s’ouvre avec son propre mot de passe et survit donc à la perte du trousseau ou de l’ordinateur.
backup-folder = Dossier
backup-folder-title = Dossier des sauvegardes
backup-keep = Sauvegardes à garder
backup-password = Mot de passe des sauvegardes
backup-on = Activer
backup-turning-on = Activation…
sync-title = Synchronisation
sync-about = Gardez les mêmes comptes de ce profil sur vos ordinateurs, grâce à un dossier que Syncthing, Nextcloud, Dropbox, OneDrive ou iCloud Drive tient à jour, ou à un serveur WebDAV. Seuls des fichiers chiffrés y sont déposés ; la phrase ne quitte jamais vos ordinateurs.
sync-where = Synchroniser via
sync-kind-folder = Un dossier synchronisé
sync-kind-webdav = Un serveur WebDAV (Nextcloud, ownCloud…)
sync-folder = Dossier
sync-folder-title = Dossier de synchronisation
sync-url = Adresse WebDAV
sync-user = Nom d’utilisateur
sync-dav-password = Mot de passe WebDAV
sync-passphrase = Phrase de synchronisation
sync-passphrase-note = Sur le premier ordinateur, choisissez une phrase difficile à deviner ; sur les autres, saisissez la même.
sync-on = Activer la synchronisation
sync-turning-on = Connexion…
sync-state = Synchronisation avec { $location }.
sync-last = Dernière synchronisation : { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
sync-never = Pas encore synchronisé.
sync-devices = Autres appareils : { $names }
sync-arrived = La dernière synchronisation a apporté :
sync-problems = La dernière synchronisation a trouvé :
sync-now = Synchroniser
sync-off = Désactiver

## Profiles

profile-new-title = Nouveau profil
profile-name = Nom
profile-password = Mot de passe
profile-repeat = Répétez le mot de passe
profile-keyring-hint = Laissez le mot de passe vide pour déverrouiller ce profil avec votre session (le trousseau du système).
profile-no-keyring = Il n’y a pas de trousseau système ici : le profil a besoin d’un mot de passe.
passwords-differ = Les mots de passe diffèrent.
profile-create = Créer
password-title = Mot de passe de { $profile }
password-current = Mot de passe actuel
password-new = Nouveau mot de passe
password-repeat = Répétez-le
password-remove-hint = Laissez-le vide pour retirer le mot de passe : le profil se déverrouillera alors avec votre session (le trousseau du système).
password-add-hint = Avec un mot de passe, ce profil ne s’ouvre plus tout seul avec votre session.
recovery-title = Clé de récupération
recovery-write-down = Notez-la et gardez-la en lieu sûr. Elle déverrouille { $profile } si le mot de passe est oublié ou le trousseau perdu. Elle n’est affichée qu’une seule fois.
recovery-label = Clé de récupération
recovery-written = Je l’ai notée
recovery-about = Une clé de récupération ouvre ce profil quand rien d’autre ne le peut.
recovery-replaces = En créer une nouvelle remplace l’ancienne, qui cesse de fonctionner.
recovery-create = Créer une clé de récupération
login-unlock-title = Déverrouiller { $profile } avec votre session
login-unlock-hint = Quiconque peut utiliser votre compte sur l’ordinateur ouvrira alors ce profil sans son mot de passe.
login-unlock-allow = Autoriser

## Quick copy

quick-label = Copie rapide
quick-search-label = Trouvez un compte pour copier son code
quick-placeholder = Tapez pour trouver un compte
quick-suggested = Suggéré pour « { $window } »
quick-matches = Résultats
quick-next = suivant
quick-keys-copy = Entrée copie · Maj+Entrée tape · Échap ferme
quick-keys-type = Entrée tape · Maj+Entrée copie · Échap ferme

## Rust's own words: quick copy's outcome, notices, the tray

clock-warning = L’horloge de votre ordinateur n’est pas synchronisée avec l’heure du réseau : les codes peuvent être faux. Activez l’heure automatique dans les paramètres du système.
notice-no-keyring = { $why } : Sesame ne peut donc pas y garder votre clé. Choisissez un mot de passe pour votre profil.
scan-no-code = aucun QR code trouvé
scan-unusable = un code d’authentification que Sesame ne peut pas utiliser : { $why }
scan-batch = partie { $index } sur { $size }
import-choose-first = choisissez d’abord le fichier à importer
import-nothing-previewed = aucun import prévisualisé à confirmer
backup-choose-password = choisissez un mot de passe pour les sauvegardes
backup-not-a-folder = { $folder } n’est pas un dossier
password-advice = utilisez quelques mots peu courants, ou plus de caractères
nothing-added = rien n’a été ajouté
integrity-damaged = le registre d’intégrité du profil est abîmé : les entrées supprimées ou remises à un état antérieur ne peuvent pas être détectées avant que vous en confirmiez un nouveau
integrity-rolled-back = les données du profil sont plus anciennes que ce dont se souvient le trousseau de cet ordinateur (écrites { $written } fois, et non { $remembered }) : la base a été restaurée depuis une copie antérieure, et des changements plus récents (un compteur HOTP, un compte supprimé) peuvent être perdus
integrity-deleted = l’entrée { $id } a été supprimée hors de Sesame
integrity-older-copy = l’entrée { $id } a été remplacée par une copie plus ancienne (version { $version }, attendue { $expected }) ; un compteur HOTP a pu reculer
integrity-mismatch = l’entrée { $id } ne correspond pas au registre d’intégrité
integrity-foreign = l’entrée { $id } n’a pas été écrite par Sesame dans ce profil
sync-file-damaged = le fichier de l’appareil { $device } est endommagé, ou a été modifié par quelqu’un sans la clé de synchronisation ; il a été ignoré
sync-file-replayed = le fichier de l’appareil { $device } est plus ancien qu’un fichier déjà lu (une ancienne copie a été remise) ; il a été ignoré
sync-own-rolled-back = le fichier de cet appareil dans l’emplacement de synchronisation a été remplacé par une copie plus ancienne ; il a été réécrit
sync-kept-deleted-here = { $label } a été supprimé ici pendant que { $device } le modifiait ; il a été conservé
sync-kept-deleted-there = { $label } a été supprimé sur { $device } pendant qu’il était modifié ici ; il a été conservé
sync-added = ajouté : { $label }
sync-changed = modifié : { $label }
sync-removed = supprimé : { $label }
uri-warning-steam = les codes Steam utilisent toujours SHA1, 30 secondes et 5 caractères ; les autres valeurs du lien sont ignorées
uri-warning-counter = paramètre counter manquant ; départ à 0
uri-warning-issuer = le paramètre issuer « { $issuer } » diffère du préfixe du libellé « { $prefix } » ; « { $issuer } » est retenu
import-aegis-icons = les icônes d’Aegis ne sont pas importées : Sesame affiche les siennes
import-aegis-groups = les entrées de plusieurs groupes Aegis ne gardent que leur premier groupe
import-bitwarden-encrypted = cet export Bitwarden est chiffré avec la clé de votre compte, que seul Bitwarden peut utiliser : exportez à nouveau en « Protégé par mot de passe » ou en JSON simple
import-bitwarden-steam = Bitwarden ne garde pas d’émetteur pour les codes Steam : émetteur Steam, compte au nom de l’élément
import-only-secret = seul un secret était enregistré : SHA1, 6 chiffres et 30 secondes supposés
import-proton-pass-pgp = cet export Proton Pass est chiffré avec PGP : exportez à nouveau sans chiffrement (.zip ou .json), importez-le puis supprimez-le
import-costly-aes-kdf = cette base demande { $rounds } tours de dérivation de clé AES ; Sesame en refuse plus de { $max }
import-keepass-no-codes = aucune de ses entrées ne contient de code à usage unique (un champ otp, TOTP Seed ou les champs TimeOtp ou HmacOtp de KeePass)
import-not-xml = pas un fichier XML ({ $why })
import-not-preferences = pas un fichier de préférences Android
import-duo-push = un compte push Duo : il n’a pas de code à importer
import-duo-no-issuer = Duo Mobile ne garde pas l’émetteur : chaque compte garde le nom qu’il avait dans Duo
import-authy-newer = ce jeton utilise le chiffrement des versions récentes d’Authy, que Sesame ne sait pas encore lire
import-microsoft-push = un compte de connexion Microsoft sans code : il ne peut pas être importé
import-not-database = pas une base de données SQLite lisible ({ $why })
import-secret-encoding = l’encodage du secret (base { $base }) est inconnu
import-sha1-assumed = { $app } ne garde pas l’algorithme : SHA1 supposé
import-sha1-30-assumed = { $app } ne garde ni l’algorithme ni la période : SHA1 et 30 secondes supposés
import-google-no-period = les exports de Google Authenticator n’ont pas de période : tous les codes durent 30 secondes
import-icon-unreadable = son icône n’a pas pu être lue : Sesame affiche la sienne
import-no-accounts = il ne contient aucun compte
import-not-text = le fichier n’est pas du texte
import-unsupported-kind = Sesame ne prend pas en charge les comptes { $kind }
import-unknown-kind = type inconnu « { $kind } »
import-digits = le nombre de chiffres ne peut pas être { $digits }
import-period-too-long = la période est trop longue
import-damaged = entrée abîmée : { $why }
import-item = élément { $number }
import-entry = entrée { $number }
import-line = ligne { $number }
import-row = ligne { $number }
import-an-entry = une entrée
import-missing-field = le fichier n’a pas de « { $field } »
import-missing-list = pas de liste « { $field } »
import-no-key-slots = le coffre chiffré n’a aucun emplacement de clé lisible
import-no-nonce = le coffre chiffré n’a ni nonce ni tag
import-too-many-slots = ce coffre a { $slots } emplacements de mot de passe ; Sesame en essaie au plus { $max }
import-field-not-base64 = « { $field } » n’est pas du Base64
import-does-not-decrypt = les données ne se déchiffrent pas avec la clé du fichier : le fichier est abîmé
import-decrypted-not-json = les données déchiffrées sont abîmées ({ $why })
import-expected-list = une liste d’entrées était attendue
import-too-short = le fichier est trop court pour être une sauvegarde chiffrée
import-cut-short = la sauvegarde chiffrée est tronquée
import-not-export = ce n’est pas un export { $app } ({ $why })
import-not-csv = ce n’est pas un fichier CSV ({ $why })
import-bad-nonce = le nonce n’est pas un en-tête secretstream
import-not-json = ce n’est pas du JSON valide ({ $why })
import-not-sesame = ce n’est pas une sauvegarde Sesame
import-newer-backup = cette sauvegarde est en version { $version }, écrite par un Sesame plus récent : mettez Sesame à jour pour la lire
import-not-argon2id = { $algorithm }, alors que Sesame écrit argon2id
import-costly-memory = ce fichier demande { $asked } de mémoire pour s’ouvrir ; Sesame refuse plus de { $max }
import-costly-passes = ce fichier demande { $passes } passes sur { $memory } pour s’ouvrir, bien plus que ce qu’écrit { $app } ; Sesame refuse plus de { $max } au total
import-costly-scrypt = ce fichier demande scrypt avec { $parameters } pour s’ouvrir, { $times }× ce qu’écrit Aegis ; Sesame refuse plus de 8×
import-costly-pbkdf2 = ce fichier demande { $iterations } itérations PBKDF2 pour s’ouvrir, bien plus que ce qu’écrit { $app } ; Sesame refuse plus de { $max }
entry-undecryptable = elle ne peut pas être déchiffrée : elle est abîmée, ou vient d’un autre profil
quick-copied = Copié
quick-typed = Tapé
quick-clears = { $what } ; le presse-papiers sera vidé dans { $seconds } s
quick-copied-instead = { $why } : le code a donc été copié
quick-no-target = Sesame ne sait pas dans quelle fenêtre taper
quick-typing-failed = la saisie a échoué
quick-cannot-focus = Sesame ne peut pas rendre le focus à cette fenêtre
quick-lost-keyboard = « { $window } » n’a plus le clavier
quick-cannot-type = ce système ne permet pas à Sesame de taper dans d’autres fenêtres
quick-keys-refused = ce système a refusé les touches
tray-copy = Copier { $name }
tray-open = Ouvrir Sesame
tray-quick-copy = Copie rapide…
tray-lock = Verrouiller
tray-quit = Quitter

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = Authentificateur
desktop-comment = Codes à deux facteurs sur votre bureau
desktop-keywords = 2FA;double authentification;authentificateur;OTP;TOTP;code;connexion;
desktop-quick-copy = Copie rapide

## Errors and notices of Rust's core: their English is Rust's own (the CLI's words)

core-as-is = { $message }
core-file-empty = le fichier est vide
core-uri-empty = le lien est vide
core-uri-not-a-uri = ce n’est pas un lien : attendu otpauth://TYPE/LIBELLÉ?secret=…
core-uri-scheme = ce n’est pas un lien otpauth : le schéma est « { $scheme } »
core-uri-migration = ce lien otpauth-migration contient un lot de comptes, pas un seul
core-uri-missing-type = type de code manquant : attendu otpauth://totp/, otpauth://hotp/ ou otpauth://steam/
core-uri-type = type de code « { $type } » non pris en charge : Sesame lit totp, hotp et steam
core-uri-label-encoding = le libellé n’est pas de l’UTF-8 valide une fois décodé
core-uri-duplicate = le paramètre « { $parameter } » apparaît plusieurs fois
core-uri-missing-secret = paramètre secret manquant
core-uri-empty-secret = le secret est vide
core-uri-secret-symbol = le secret n’est pas du Base32 valide : « { $found } » inattendu à la position { $position }
core-uri-secret-length = le secret n’est pas du Base32 valide : { $count } caractères ne codent pas un nombre entier d’octets
core-uri-algorithm = algorithme inconnu « { $algorithm } »
core-uri-not-a-number = { $name } doit être un nombre entier, pas « { $value } »
core-uri-steam-hotp = les codes Steam sont basés sur le temps : encoder=steam ne s’applique pas à un lien hotp
core-param-digits = le nombre de chiffres doit être entre { $min } et { $max }, pas { $digits }
core-param-period = la période doit être entre 1 et { $max } secondes, pas { $period }
core-param-steam = les codes Steam utilisent toujours SHA1 et 5 caractères
core-migration-scheme = ce n’est pas un lien otpauth-migration : le schéma est « { $scheme } »
core-migration-missing-data = le lien otpauth-migration n’a pas de paramètre data
core-migration-base64 = les données de migration ne sont pas du Base64 valide
core-migration-protobuf = les données de migration ne sont pas un export de Google Authenticator : { $why }
core-migration-empty = le lot de migration ne contient aucun compte
core-migration-batch-index = la partie { $index } est hors d’un lot de { $size }
core-migration-batch-too-large = cet export annonce { $count } QR codes ; Sesame lit des exports d’au plus { $max }
core-migration-entry = compte { $position } du lot ({ $label }) : { $reason }
core-qr-too-large = le fichier dépasse { $mib } Mio
core-qr-unknown-format = Sesame ne sait pas lire cette image (PNG, JPEG, WebP, GIF ou BMP)
core-qr-dimensions = l’image est trop grande pour être scannée : au plus { $side } pixels de côté, { $megapixels } mégapixels et { $alloc } Mio décodée
core-qr-damaged = l’image est abîmée ou tronquée : { $why }
core-vault-data-dir = impossible d’utiliser le dossier de données { $path } : { $reason }
core-vault-not-a-database = { $path } n’est pas une base de données Sesame ({ $why }) ; il n’a pas été modifié
core-vault-damaged = la base de données { $path } est abîmée ({ $why }) ; elle n’a pas été modifiée
core-vault-newer-schema = la base de données { $path } a été écrite par un Sesame plus récent (schéma { $schema }) ; mettez Sesame à jour
core-vault-disk-full = le disque est plein : rien n’a été écrit
core-vault-read-only = le dossier de données est en lecture seule : rien n’a été écrit
core-vault-busy = la base de données est occupée (un autre Sesame y écrit) ; réessayez
core-vault-database = erreur de base de données : { $why }
core-vault-no-profile = aucun profil ne s’appelle « { $profile } »
core-vault-profile-exists = un profil nommé « { $profile } » existe déjà
core-vault-invalid-name = un nom de profil fait de 1 à 64 caractères, sans caractères de contrôle
core-vault-wrong-password = mot de passe incorrect pour le profil { $profile }
core-vault-locked = le profil { $profile } est verrouillé
core-vault-wrong-recovery-key = clé de récupération incorrecte pour le profil { $profile }
core-vault-no-password = le profil { $profile } n’a pas de mot de passe
core-vault-no-password-to-remove = le profil { $profile } n’a pas de mot de passe à retirer
core-vault-no-recovery-key = le profil { $profile } n’a pas de clé de récupération
core-vault-no-keyring-key = le profil { $profile } n’a pas de clé dans le trousseau
core-vault-keyring-unavailable = le profil { $profile } est protégé par le trousseau, mais { $why } ; déverrouillez-le avec son mot de passe ou sa clé de récupération
core-vault-key-missing = la clé du profil { $profile } manque dans le trousseau (ou le trousseau est verrouillé) ; déverrouillez-le avec son mot de passe ou sa clé de récupération
core-vault-damaged-slot = une clé du profil { $profile } est abîmée
core-vault-damaged-settings = les réglages du profil { $profile } sont abîmés ; configurez à nouveau ses sauvegardes automatiques
core-vault-last-slot = le profil { $profile } n’aurait alors plus aucun moyen d’être déverrouillé
core-vault-no-entry = aucune entrée d’identifiant { $id } dans ce profil
core-vault-integrity = le registre d’intégrité du profil { $profile } est abîmé ou plus ancien que ce dont cet ordinateur se souvient : Sesame ne peut pas savoir si des entrées ont été supprimées ou remises à un état antérieur. Vérifiez les comptes, puis confirmez pour commencer un nouveau registre
core-sync-not-enabled = le profil { $profile } n’est pas synchronisé : configurez d’abord la synchronisation (sync enable, ou Réglages dans l’application)
core-sync-already-enabled = le profil { $profile } se synchronise déjà avec { $location } ; désactivez d’abord la synchronisation pour utiliser un autre emplacement
core-sync-wrong-passphrase = phrase de synchronisation incorrecte : rien n’a été lu ni écrit
core-sync-unreachable = impossible d’atteindre { $location } ({ $why }) ; rien n’est perdu, la prochaine synchronisation réessaiera
core-sync-webdav-refused = le serveur WebDAV { $url } a refusé le nom d’utilisateur ou le mot de passe
core-sync-set-missing = { $location } ne contient plus l’ensemble de synchronisation de ce profil ; rien n’a été modifié ici (si le dossier a été déplacé, désactivez la synchronisation puis configurez-la au nouvel emplacement)
core-sync-bad-set = le fichier sesame-sync.json de l’ensemble de synchronisation est inutilisable : { $why } ; rien n’a été modifié
core-sync-integrity = la vérification d’intégrité du profil { $profile } a trouvé des problèmes : réglez-les avant de synchroniser, pour qu’ils ne se propagent pas aux autres appareils
core-mirror-folder = impossible de lire le dossier { $dir } : { $why }
core-mirror-format = un miroir suit les sauvegardes automatiques de { $formats } ; « { $format } » n’en fait pas partie
core-mirror-already = { $dir } est déjà suivi
core-mirror-not-followed = { $dir } n’est pas suivi
core-mirror-backup = impossible de lire la sauvegarde { $file } : { $why }
core-vault-recovery-format = la clé de récupération n’est pas valide : { $why }
core-settings-clipboard = le presse-papiers peut être vidé après 0 (jamais) à 600 secondes
core-settings-show-next = le code suivant peut s’afficher dans les 0 (jamais) à 30 dernières secondes
core-settings-auto-lock = le verrouillage automatique peut intervenir après 0 (jamais) à 1440 minutes
core-settings-time-offset = la correction de l’heure est d’au plus une heure dans un sens ou dans l’autre (3600 secondes)
core-settings-shortcut = le raccourci de copie rapide est trop long
core-settings-language = Sesame n’a pas de catalogue pour la langue « { $language } »
core-settings-write = impossible d’enregistrer les paramètres : { $why }
core-import-too-large = le fichier dépasse { $mib } Mio, la taille maximale d’un export
core-import-unknown-format = Sesame ne connaît pas cet export : attendu l’un de { $formats }
core-import-not-this-format = ce n’est pas { $app } : { $reason }
core-import-needs-password = cet export { $app } est chiffré : son mot de passe est nécessaire
core-import-wrong-password = mot de passe incorrect
core-import-parameters = les paramètres de chiffrement du fichier sont hors limites : { $why }
core-import-summary =
    { $written ->
        [yes] Importés : { $new }
       *[no] Seraient importés : { $new }
    }{ $duplicates ->
        [0] {""}
       *[other] , doublons ignorés : { $duplicates }
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } impossibles à importer : { $errors }
    }
core-export-empty = il n’y a rien à exporter
core-export-needs-password = le format { $format } est chiffré : un mot de passe est nécessaire
core-export-one-entry = le format qr contient un seul compte : choisissez-le avec --entry
core-export-nothing-fits = aucun compte ne convient au format { $format } : { $why }
core-export-kdf = la dérivation de clé a échoué : { $why }
core-weak-password-first-guesses = ce mot de passe est trop facile à deviner (il ferait partie des premiers essais) : { $why }
core-weak-password-minutes = ce mot de passe est trop facile à deviner (un ordinateur le trouverait en quelques minutes) : { $why }
core-keyring-no-service = aucun service de trousseau n’est disponible ({ $why })
core-keyring-locked = le trousseau est verrouillé ou a refusé l’accès ; déverrouillez-le et réessayez
core-keyring-failed = le trousseau a échoué : { $why }
core-icon = impossible d’utiliser cette image comme icône : { $why }
core-capture-clipboard = impossible de lire le presse-papiers : { $why }
core-capture-no-image = le presse-papiers ne contient pas d’image
core-capture-screen = impossible de capturer l’écran : { $why }
core-scan-missing-batches =
    { $several ->
        [yes] cet export de Google Authenticator compte { $size } QR codes et les codes { $missing } manquent : ajoutez-les aussi, sinon leurs comptes ne seront pas inclus
       *[no] cet export de Google Authenticator compte { $size } QR codes et le code { $missing } manque : ajoutez-le aussi, sinon ses comptes ne seront pas inclus
    }
core-advice-straight-rows = Les rangées de touches voisines sont faciles à deviner.
core-advice-short-patterns = Les motifs de clavier courts sont faciles à deviner.
core-advice-repeats-aaa = Les répétitions comme « aaa » sont faciles à deviner.
core-advice-repeats-abcabc = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
core-advice-top-10 = C’est l’un des 10 mots de passe les plus courants.
core-advice-top-100 = C’est l’un des 100 mots de passe les plus courants.
core-advice-common = C’est un mot de passe très courant.
core-advice-similar = Cela ressemble à un mot de passe très utilisé.
core-advice-sequences = Les suites comme abc ou 6543 sont faciles à deviner.
core-advice-recent-years = Les années récentes sont faciles à deviner.
core-advice-one-word = Un mot seul est facile à deviner.
core-advice-dates = Les dates sont souvent faciles à deviner.
core-advice-names = Les prénoms et noms seuls sont faciles à deviner.
core-advice-common-names = Les prénoms et noms courants sont faciles à deviner.
core-advice-few-words = Utilisez quelques mots, évitez les expressions toutes faites.
core-advice-no-symbols-needed = Pas besoin de symboles, de chiffres ni de majuscules.
core-advice-another-word = Ajoutez un ou deux mots. Les mots peu courants valent mieux.
core-advice-capitals = Les majuscules n’aident pas beaucoup.
core-advice-all-capitals = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
core-advice-reversed = Les mots à l’envers ne sont guère plus difficiles à deviner.
core-advice-substitutions = Les substitutions prévisibles comme « @ » pour « a » n’aident pas beaucoup.
core-advice-longer-pattern = Utilisez un motif de clavier plus long, avec plus de détours.
core-advice-avoid-repeats = Évitez les mots et caractères répétés.
core-advice-avoid-sequences = Évitez les suites.
core-advice-avoid-recent-years = Évitez les années récentes.
core-advice-avoid-your-years = Évitez les années liées à vous.
core-advice-avoid-your-dates = Évitez les dates et années liées à vous.
