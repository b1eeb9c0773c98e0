# Páginas públicas de Convene: la página del evento y su formulario, las
# páginas propias de cada persona inscrita, las páginas de error y los textos
# comunes a todas las páginas (estructura, estados).
# Los textos de la organización (títulos, descripciones, preguntas) no están aquí.

## Layout

site-tagline = Convene — inscripción a eventos y seminarios web
languages-label = Esta página en otros idiomas

back-to-events = Volver a los eventos
back-to-event = Volver al evento
required = (obligatorio)

## Error pages

error-not-found = Página no encontrada
error-not-found-detail = Aquí no hay nada. Es posible que el enlace esté mal escrito o que ya no sea válido.
error-internal = Se ha producido un error
error-internal-detail = El error ha quedado registrado. Vuelva a intentarlo.
error-forbidden = Acción no permitida
error-conflict = No es posible en este momento
error-gone = Ya no está disponible
error-too-many = Demasiadas solicitudes
error-unavailable = No disponible temporalmente
error-unauthorized = Es necesario iniciar sesión
error-bad-request = No se ha podido procesar la solicitud

## Shared labels of Convene's own kinds (also on the dashboard)

format-online = En línea
format-in_person = Presencial
format-hybrid = Híbrido (presencial y en línea)
status-pending = Pendiente de confirmar el correo electrónico
status-confirmed = Confirmada
status-waitlisted = En lista de espera
status-cancelled = Cancelada
status-awaiting_approval = Pendiente de decisión
status-declined = No admitida
conference-status-draft = Borrador
conference-status-published = Publicado
conference-status-cancelled = Cancelado
mode-in_person = En la sala
mode-online = En línea
speaker-role-speaker = Ponente
speaker-role-moderator = Moderación
speaker-role-panelist = Panelista

## The list of events

index-title = Próximos eventos
index-none = Por el momento no hay eventos programados.

## The event page

event-cancelled = Este evento se ha cancelado.
# $when: fecha y hora completas, p. ej. «lunes, 8 de junio de 2026, 10:00–12:30 (Europe/Brussels, UTC+2)».
event-took-place = Este evento se celebró el { $when }.
watch-recording = Ver la grabación
seats-left = { $count ->
    [one] Queda 1 plaza
   *[other] Quedan { $count } plazas
}
fully-booked = Completo: las nuevas inscripciones pasan a la lista de espera
session-full = Completa: lista de espera
event-approval = La organización decide quién participa: presente aquí su solicitud y le escribiremos cuando se haya tomado una decisión.
places-free = plazas libres
places-left = { $count ->
    [one] queda 1 plaza
   *[other] quedan { $count } plazas
}
places-full = completo (lista de espera)
programme = Programa
programme-calendar = Añadir el programa a su calendario
registration-not-open = El plazo de inscripción aún no se ha abierto.
registration-closed = El plazo de inscripción está cerrado.

## The sign-up form

register = Inscribirse
apply = Solicitar plaza
registered-already = ¿Ya se ha inscrito?
get-link-again = Recibir de nuevo el enlace de su inscripción
field-name = Nombre
field-email = Correo electrónico
field-organization = Organización
field-mode = Forma de participación
# Etiqueta de la lista de categorías, como «Investigador/a» o «Responsable político/a».
field-category = Perfil
field-sessions = Sesiones a las que asistirá
field-consent = Acepto que se traten mi nombre, mi correo electrónico y mi organización para gestionar esta inscripción.
signup-errors-summary = La inscripción no se ha enviado: corrija los campos indicados a continuación.
# Después de «esta dirección ya está inscrita».
signup-already-registered = { $message }: podemos enviarle de nuevo el enlace a su inscripción («Recibir de nuevo el enlace de su inscripción», más arriba)

## After signing up

registered-title = Inscripción realizada
application-in = Hemos recibido su solicitud
application-in-detail = La organización de { $title } decide quién participa. Hemos enviado un mensaje a { $email } y volveremos a escribirle cuando se haya tomado una decisión; hasta entonces no tiene ninguna plaza reservada.
check-mail = Revise su correo para conservar su plaza
check-mail-detail = Le reservamos una plaza en { $title }. Hemos enviado un enlace a { $email }: ábralo para confirmar su dirección y su plaza. Si no lo hace, pasado un tiempo la plaza se asignará a la siguiente persona.
on-waitlist = Está en la lista de espera
on-waitlist-detail = No quedan plazas para { $title }. Todavía no tiene plaza; si se libera alguna, avanzará según el orden de inscripción y le escribiremos.
registered-heading = Su inscripción se ha completado
registered-detail = Su plaza en { $title } está confirmada. Le hemos enviado a { $email } una confirmación con una invitación de calendario.
label-when = Fecha y hora
label-where = Lugar
add-to-calendar = Añádalo a su calendario:
download-invite = descargar la invitación (.ics)
keep-private-link = Guarde este enlace privado para consultar, modificar o cancelar su inscripción:
place-online = En línea

## The email confirmation link

confirmed-heading = Su plaza está confirmada
confirmed-detail = Gracias. Le hemos enviado una confirmación con una invitación de calendario.
confirmed-already = Ya la había confirmado: no tiene que hacer nada más.
confirm-expired = Este enlace ha caducado
confirm-expired-detail = La plaza se le reservó durante un tiempo limitado y se ha asignado a la siguiente persona. Si lo desea, puede volver a inscribirse.
confirm-waitlisted-detail = Todavía no hay ninguna plaza que confirmar; le escribiremos cuando se libere alguna.

## The registrant's own page

manage-title = Su inscripción
label-status = Estado:
waitlist-position = puesto { $position } en la lista de espera
manage-application = La organización está estudiando su solicitud. Todavía no tiene plaza: cuando se tome una decisión, le escribiremos y, si obtiene plaza, le enviaremos la invitación de calendario.
manage-declined = La organización no ha podido ofrecerle una plaza.
manage-declined-reason = Motivo: { $reason }
apply-again = Volver a solicitar plaza
join-online = Acceder en línea
manage-add-calendar = Añadir a su calendario (invite.ics)
# $mode: «En la sala» o «En línea».
manage-mode-now = Forma de participación: { $mode }
manage-change-mode = Cambiar mi forma de participación
manage-sessions = Sus sesiones
manage-save-sessions = Guardar mis sesiones
manage-answers = Sus respuestas
manage-save-answers = Guardar mis respuestas
manage-withdraw = Retirar mi solicitud
manage-cancel = Cancelar mi inscripción
manage-data = Descargar mis datos
manage-cancelled = Esta inscripción está cancelada.
register-again = Volver a inscribirse
saved-answers = Se han guardado sus respuestas.
saved-sessions = Se han guardado sus sesiones.
saved-mode = Listo: su forma de participación se ha actualizado.
cancelled-notice = Su inscripción se ha cancelado.

## Cancelling

cancel-title = Cancelar su inscripción
cancel-question = ¿Desea cancelar su inscripción?
cancel-about = Está a punto de cancelar su inscripción en { $title } ({ $when }).
cancel-waitlist-about = Está a punto de renunciar a su puesto en la lista de espera de { $title } ({ $when }).
cancel-place-goes = Su plaza pasará a la siguiente persona de la lista de espera.
cancel-yes = Sí, cancelar mi inscripción
cancel-no = No, mantenerla

## Getting the link again

link-title = Su enlace de inscripción
link-sent = Si hay una inscripción en este evento con la dirección { $email }, le hemos enviado el enlace a esa dirección. Puede tardar un minuto; revise también la carpeta de correo no deseado.
link-intro = ¿Ya se ha inscrito, pero no encuentra el mensaje? Indique la dirección con la que se inscribió y le enviaremos el enlace para consultar, modificar o cancelar su inscripción.
link-check-address = Compruebe la dirección:
link-send = Enviar mi enlace
