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
import-drop = Déposez ici un export d’Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP+, Google Authenticator, Proton, Stratum ou Sesame
import-choose = Choisir un fichier…
import-password = Cet export { $app } est chiffré. Son mot de passe :
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

## Rust's own words: quick copy's outcome and the tray

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
