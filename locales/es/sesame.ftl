### Las palabras de Sesame en español.

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = no

## The window

app-name = Sesame
data-error-title = Sesame no puede abrir sus datos
something-went-wrong = Algo salió mal.
cancel = Cancelar
close = Cerrar
done = Listo
save = Guardar
choose = Elegir…
part-failed = Sesame no pudo cargar esta parte de su ventana. Reinstalar Sesame debería arreglarlo.
again = Otra vez

## The header and its menu

header-profile = Perfil
header-add = Añadir
header-add-title = Añadir una cuenta (Ctrl+N)
header-lock = Bloquear
header-lock-label = Bloquear { $profile }
header-menu = Más
menu-new-profile = Nuevo perfil…
menu-password = Contraseña…
menu-recovery = Clave de recuperación…
menu-import = Importar…
menu-export = Exportar…
menu-backups = Copias de seguridad…
menu-settings = Ajustes…
menu-login-unlock-stop = Dejar de desbloquear con mi sesión
menu-login-unlock-start = Desbloquear también con mi sesión

## Adding accounts: the first screen and the Add dialog

empty-title = Añade tu primera cuenta
empty-lead = ¿Dónde te dio el sitio la configuración?
add-title = Añadir una cuenta
add-scan-screen = Escanear el código QR de mi pantalla
add-scan-screen-hint = El sitio muestra ahora un código QR: Sesame lo encuentra.
add-open-image = Abrir una imagen con código QR…
add-open-image-hint = Una captura de pantalla o una imagen guardada. También puedes soltarla o pegarla aquí.
add-type-key = Escribir la clave de configuración…
add-type-key-hint = El sitio muestra en su lugar una clave de letras y números.
add-import = Importar desde otra aplicación…
add-import-hint = Aegis, 2FAS, Google Authenticator y otras.
add-link = Pegar un enlace de configuración (avanzado)
add-link-label = Enlace de configuración (otpauth://…)
add-link-submit = Añadir
add-drop = Suelta una imagen con código QR para escanearla, o un archivo exportado para importarlo
accounts-added =
    { $count ->
        [one] Se añadió { $count } cuenta.
       *[other] Se añadieron { $count } cuentas.
    }
account-added = Se añadió { $name }.
accounts-saved =
    { $count ->
        [one] Se guardó { $count } cuenta.
       *[other] Se guardaron { $count } cuentas.
    }
tip-quick-copy = Consejo: pulsa { $shortcut } en cualquier lugar para buscar una cuenta y copiar su código.
tip-search = Consejo: empieza a escribir para buscar una cuenta y pulsa Intro para copiar su código.
tip-dismiss = Entendido

## The list

search-label = Buscar cuentas
search-placeholder = Buscar
order-title = Cambiar el orden
order-custom = Tu orden
order-issuer = A–Z
order-used = Más usadas
order-recent = Recientes
groups-label = Grupos
group-all = Todas
accounts-label = Cuentas
no-match = Ninguna cuenta coincide con «{ $query }».
unnamed-account = Cuenta sin nombre
copy-title = Copiar el código
favourite = Favorita
copied = Copiado
next-code-label = Código siguiente
next-code-shown = luego { $code }
seconds-left-title = Segundos restantes
seconds-left =
    { $seconds ->
        [one] Queda { $seconds } segundo
       *[other] Quedan { $seconds } segundos
    }
next-code-for = Código siguiente de { $name }
edit = Editar
edit-label = Editar { $name }
remove = Eliminar
remove-label = Eliminar { $name }
codes-change-in =
    { $seconds ->
        [one] Los códigos cambian en { $seconds } segundo
       *[other] Los códigos cambian en { $seconds } segundos
    }
copied-code = Se copió el código de { $name }.
copied-code-clears =
    { $seconds ->
        [one] Se copió el código de { $name }; el portapapeles se vacía en { $seconds } segundo.
       *[other] Se copió el código de { $name }; el portapapeles se vacía en { $seconds } segundos.
    }

## Banners

removed = Se eliminó { $name }.
undo = Deshacer
remind-recovery = Este perfil solo lo guarda el llavero del sistema; si el llavero se restablece, sus cuentas se pierden.
remind-recovery-action = Crear una clave de recuperación
remind-backup = Todavía no hay copia de seguridad de estas cuentas.
remind-backup-action = Configurar copias automáticas
integrity-wait = Hasta que lo confirmes, Sesame no cambia nada en este perfil.
integrity-confirm = He revisado las cuentas: empezar un registro nuevo

## First start and the lock screen

welcome-title = Te damos la bienvenida a Sesame
welcome-password = Contraseña de tu perfil
welcome-create = Crear perfil
locked-title = { $profile } está bloqueado
unlock-password = Contraseña
unlock-recovery-key = Clave de recuperación
unlock = Desbloquear
unlocking = Desbloqueando…
use-recovery-key = Usar la clave de recuperación
use-password = Usar la contraseña
try-keyring = Probar de nuevo el llavero

## Scan preview

scan-found = Cuentas encontradas
scan-none = No se encontró ninguna cuenta
scan-not-a-code = No es un código de autenticación: { $what } ({ $preview })
scan-kind-url = un enlace web
scan-kind-wifi = ajustes de Wi-Fi
scan-kind-text = texto
scan-save =
    { $count ->
        [one] Guardar { $count } cuenta
       *[other] Guardar { $count } cuentas
    }
meta-digits =
    { $digits ->
        [one] { $digits } dígito
       *[other] { $digits } dígitos
    }
meta-characters =
    { $digits ->
        [one] { $digits } carácter
       *[other] { $digits } caracteres
    }
meta-period = { $seconds } s
meta-already-added = ya añadida

## Typing a setup key

manual-title = Añadir una cuenta con su clave de configuración
manual-issuer = Emisor (el sitio o servicio)
manual-account = Cuenta (tu nombre o dirección allí)
manual-secret = Clave de configuración
manual-advanced = Ajustes del código (solo si el sitio lo indica)
manual-code-now = Código ahora:
manual-seconds = ({ $seconds } s)
manual-type-key = Escribe la clave para ver su código.
manual-add = Añadir

## Code settings

params-type = Tipo
params-totp = Por tiempo
params-hotp = Por contador (HOTP)
params-steam = Steam
params-algorithm = Algoritmo
params-digits = Dígitos
params-period = Periodo (segundos)
params-counter = Contador (del siguiente código)

## Editing an account

edit-title = Editar cuenta
reveal-title = Secreto y código QR
reveal-qr-alt = Código QR de esta cuenta, para escanearlo con un teléfono
reveal-warning = Quien vea esto puede generar tus códigos. Ciérralo al terminar.
reveal-password = La contraseña de tu perfil, para mostrar el secreto
reveal-caution = El secreto permite a cualquiera generar los códigos de esta cuenta: muéstralo solo donde nadie más pueda verlo.
reveal-show = Mostrar
edit-issuer = Emisor
edit-account = Cuenta
edit-group = Grupo
edit-note = Nota
edit-favourite = Favorita (se muestra primero)
edit-icon = Icono
edit-brand-placeholder = Marca (como el emisor)
edit-brand-label = Nombre del icono de marca
edit-icon-image = Imagen…
edit-icon-reset = Restablecer
edit-advanced = Ajustes del código (avanzado)
edit-advanced-warning = Cámbialos solo para que coincidan con los del sitio: valores incorrectos hacen que todos los códigos fallen. En una cuenta HOTP, ajusta el contador para volver a sincronizarla.
edit-reveal = Secreto y QR…

## Settings

settings-title = Ajustes
settings-language = Idioma
settings-language-system = Como el sistema
settings-clipboard = Vaciar el portapapeles tras (segundos, 0 = nunca)
settings-show-next = Mostrar el código siguiente en los últimos (segundos, 0 = nunca)
settings-auto-lock = Bloquear un perfil con contraseña tras (minutos sin actividad, 0 = nunca)
settings-time-offset = Corrección de hora (segundos que se suman al reloj de este equipo, si va mal)
settings-hide-codes = Ocultar los códigos hasta que el puntero o el foco estén en su fila
settings-shortcut = Atajo de copia rápida (en todo el escritorio; vacío = ninguno)
settings-quick-types = La copia rápida escribe el código en la ventana en vez de copiarlo (Mayús+Intro hace lo otro)
settings-start-at-login = Iniciar Sesame al iniciar sesión
settings-close-to-tray = Al cerrar la ventana, Sesame sigue abierto (en la bandeja, o minimizado si no hay)
settings-lock-on-minimise = Bloquear al minimizar la ventana
settings-theme = Tema
theme-system = Como el sistema
theme-light = Claro
theme-dark = Oscuro
settings-weaker = Bloquear más tarde, o vaciar el portapapeles más tarde, hace menos seguros todos los perfiles: escribe la contraseña de tu perfil para guardar.
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = La contraseña de tu perfil, { $purpose }
owner-weaken = para relajar estos ajustes
owner-export = para exportar sus cuentas
owner-backup = para hacer copias de sus cuentas
owner-recovery = para crear una clave de recuperación
owner-allow = para permitirlo

## Password strength

strength-0 = Muy fácil de adivinar
strength-1 = Fácil de adivinar
strength-2 = Aceptable
strength-3 = Fuerte
strength-4 = Muy fuerte
strength-advice = añade unas cuantas palabras poco comunes

## Import

import-title = Importar cuentas
import-from = Importar desde { $app }
import-drop-label = Suelta aquí un archivo exportado
import-drop = Suelta aquí una exportación de Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP+, Google Authenticator, Proton, Stratum o Sesame
import-choose = Elegir un archivo…
import-password = Esta exportación de { $app } está cifrada. Su contraseña:
import-open = Abrir
import-opening = Abriendo…
import-rows = Lo que hará la importación
import-new = nueva
import-duplicate = ya está aquí
import-error = no se puede importar
import-confirm =
    { $count ->
        [one] Importar { $count } cuenta
       *[other] Importar { $count } cuentas
    }

## Export

export-title = Exportar
export-sesame = Copia de Sesame
export-sesame-about = cifrada con contraseña; se conserva todo
export-aegis-encrypted = Aegis, cifrado
export-aegis-encrypted-about = se abre en Aegis con su contraseña
export-aegis = Aegis, sin cifrar
export-aegis-about = almacén sin cifrar con grupos y notas
export-google-qr = Códigos QR de Google Authenticator
export-google-qr-about = imágenes para escanear con un teléfono (una carpeta)
export-uris = Enlaces otpauth
export-uris-about = uno por línea, sin cifrar
export-qr = Una cuenta como código QR
export-qr-about = para pasarla a un teléfono
export-format = Formato
export-account = Cuenta
export-password = Contraseña del archivo
export-plain-ok = Entiendo que este archivo guarda mis secretos sin cifrar: quien lo obtenga puede generar mis códigos.
export-folder = Carpeta
export-file = Archivo
export-path-placeholder = Elige dónde guardarlo
export-folder-title = Carpeta para las imágenes QR
export-to-title = Exportar a
export-run = Exportar
exporting = Exportando…
exported =
    { $count ->
        [one] Se exportó { $count } cuenta a { $where }.
       *[other] Se exportaron { $count } cuentas a { $where }.
    }
exported-files =
    { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
not-exported = No exportado: { $what }

## Automatic backups

backup-title = Copias de seguridad automáticas
backup-state = Se hace una copia en { $folder } unos segundos después de cada cambio, conservando las últimas { $keep }.
backup-last = Última copia: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
backup-restore = Restaura una copia con Importar; se abre solo con su contraseña.
backup-off = Desactivar
backup-now = Hacer copia ahora
backup-about = Tras cada cambio se escribe una copia cifrada de Sesame en la carpeta que elijas (otro disco, una carpeta sincronizada). Se abre con su propia contraseña, así que sobrevive a la pérdida del llavero o del equipo.
backup-folder = Carpeta
backup-folder-title = Carpeta para las copias
backup-keep = Copias que conservar
backup-password = Contraseña de las copias
backup-on = Activar
backup-turning-on = Activando…

## Profiles

profile-new-title = Nuevo perfil
profile-name = Nombre
profile-password = Contraseña
profile-repeat = Repite la contraseña
profile-keyring-hint = Deja la contraseña vacía para desbloquear este perfil con tu sesión (el llavero del sistema).
profile-no-keyring = Aquí no hay llavero del sistema, así que el perfil necesita una contraseña.
passwords-differ = Las contraseñas no coinciden.
profile-create = Crear
password-title = Contraseña de { $profile }
password-current = Contraseña actual
password-new = Contraseña nueva
password-repeat = Repítela
password-remove-hint = Déjala vacía para quitar la contraseña: el perfil se desbloqueará entonces con tu sesión (el llavero del sistema).
password-add-hint = Con contraseña, este perfil ya no se abre solo con tu sesión.
recovery-title = Clave de recuperación
recovery-write-down = Anótala y guárdala en un lugar seguro. Desbloquea { $profile } si se olvida la contraseña o se pierde el llavero. Solo se muestra esta vez.
recovery-label = Clave de recuperación
recovery-written = Ya la he anotado
recovery-about = Una clave de recuperación abre este perfil cuando nada más puede.
recovery-replaces = Crear una nueva sustituye a la anterior, que deja de funcionar.
recovery-create = Crear una clave de recuperación
login-unlock-title = Desbloquear { $profile } con tu sesión
login-unlock-hint = Cualquiera que pueda usar tu cuenta del equipo abrirá entonces este perfil sin su contraseña.
login-unlock-allow = Permitir

## Quick copy

quick-label = Copia rápida
quick-search-label = Busca una cuenta para copiar su código
quick-placeholder = Escribe para buscar una cuenta
quick-suggested = Sugerida para «{ $window }»
quick-matches = Coincidencias
quick-next = siguiente
quick-keys-copy = Intro copia · Mayús+Intro escribe · Esc cierra
quick-keys-type = Intro escribe · Mayús+Intro copia · Esc cierra

## Rust's own words: quick copy's outcome and the tray

quick-copied = Copiado
quick-typed = Escrito
quick-clears = { $what }; el portapapeles se vacía en { $seconds } s
quick-copied-instead = { $why }, así que se copió en su lugar
quick-no-target = Sesame no sabe en qué ventana escribir
quick-typing-failed = no se pudo escribir
quick-cannot-focus = Sesame no puede devolver el foco a esa ventana
quick-lost-keyboard = «{ $window }» ya no tiene el teclado
quick-cannot-type = este sistema no deja a Sesame escribir en otras ventanas
quick-keys-refused = este sistema rechazó las teclas
tray-copy = Copiar { $name }
tray-open = Abrir Sesame
tray-quick-copy = Copia rápida…
tray-lock = Bloquear
tray-quit = Salir

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = Autenticador
desktop-comment = Códigos de doble factor en tu escritorio
desktop-keywords = 2FA;doble factor;autenticador;OTP;TOTP;código;inicio de sesión;
desktop-quick-copy = Copia rápida
