# Mensajes de Convene a las personas inscritas y a la organización, y texto de
# las invitaciones de calendario. Cada mensaje empieza con un saludo
# («Estimado/a Ana:») y, como en una carta en español, la frase siguiente
# comienza con mayúscula. Los textos de la organización (títulos,
# descripciones, motivos) se insertan tal como se escribieron.

## What every mail shares

# $name: el nombre de la persona inscrita, tal como lo indicó.
mail-dear = Estimado/a { $name }:
mail-hello = Hola:
mail-hello-name = Hola, { $name }:
mail-label-when = Fecha y hora
mail-label-format = Modalidad
mail-label-where = Lugar
mail-join-online = Acceder en línea
# Después del enlace de acceso, en la versión de texto sin formato.
mail-join-personal-short = (su enlace personal; no lo comparta)
mail-join-personal = Este enlace es personal: no lo comparta.
mail-check-in-text = Acreditación: a la entrada, muestre el código QR de la versión HTML de este mensaje o indique su nombre.
mail-check-in-html = Acreditación: muestre este código a la entrada o indique su nombre.
mail-qr-alt = Su código QR de acreditación
mail-your-sessions = Sus sesiones
mail-manage-any-time = Puede consultar, modificar o cancelar su inscripción en cualquier momento:
mail-manage-line = Consulte, modifique o cancele su inscripción: { $url }
mail-manage-see-cancel = Consulte o cancele su inscripción: { $url }
mail-invite-attached = Se adjunta la invitación de calendario.
mail-invite-updated = Se adjunta la invitación de calendario actualizada.
# En la descripción de la invitación de calendario, después del texto de la organización.
invite-manage = Consulte, modifique o cancele su inscripción: { $url }

## Application received (the organizers choose who takes part)

mail-application-subject = Solicitud recibida: { $title }
mail-application-body = Le agradecemos su solicitud para participar en { $title }. La organización decide quién participa, por lo que todavía no tiene plaza. Le escribiremos en cuanto se haya tomado una decisión; si obtiene plaza, ese mensaje incluirá la invitación de calendario.
mail-application-manage = Consulte, modifique o retire su solicitud: { $url }

## Registration cancelled

mail-cancelled-subject = Inscripción cancelada: { $title }
mail-cancelled-body = Su inscripción en { $title } ({ $when }) se ha cancelado. El evento se eliminará de su calendario.
# $reason: las palabras de la propia organización.
mail-organizers-say = La organización indica: { $reason }
mail-cancelled-again = ¿Ha cambiado de opinión? Puede volver a inscribirse mientras el plazo de inscripción siga abierto:

## The conference is cancelled

mail-conference-cancelled-subject = Evento cancelado: { $title }
mail-conference-cancelled-body = Lamentamos comunicarle que la organización ha cancelado { $title }, cuya celebración estaba prevista para el { $when }. El evento se eliminará de su calendario.

## Confirm your address to keep the place

mail-confirm-subject = Confirme su plaza: { $title }
mail-confirm-body = Tiene una plaza reservada en { $title }. Para conservarla, confirme su dirección de correo electrónico:
mail-confirm-button = Confirmar mi plaza
# $until: fecha y hora completas.
mail-confirm-hold = Le reservamos la plaza hasta el { $until }. Si para entonces no la ha confirmado, la plaza pasará a la siguiente persona de la lista de espera. Si usted no se ha inscrito, ignore este mensaje: no ocurrirá nada más.

## Registered

mail-confirmation-subject = Inscripción confirmada: { $title }
mail-confirmation-body = Su inscripción en { $title } está confirmada.

## Application declined

mail-declined-subject = Su solicitud: { $title }
mail-declined-body = Le agradecemos su interés en { $title }. La organización lamenta no poder ofrecerle una plaza.
mail-declined-reason = Motivo: { $reason }
mail-declined-again = Puede volver a presentar una solicitud desde la página del evento:

## The registration link, sent again

mail-manage-link-subject = Su enlace de inscripción: { $title }
mail-manage-link-body = Ha solicitado el enlace a su inscripción en { $title } ({ $when }). Con él puede consultar, modificar o cancelar su inscripción:
mail-manage-link-button = Ver mi inscripción
mail-manage-link-ignore = Si no lo ha solicitado, puede ignorar este mensaje: no se ha modificado nada.

## Added to the team of a conference

mail-member-subject = { $inviter } le ha añadido al equipo de { $title }
# $role: "manager" o "checkin".
mail-member-body = { $inviter } ({ $inviter_email }) le ha añadido al equipo de { $title } ({ $when }) con el rol de { $role ->
    [manager] responsable
   *[other] miembro del equipo de acreditación
}.
mail-member-can = { $role ->
    [manager] Con este rol puede modificar el evento, sus sesiones y sus preguntas, consultar y exportar las inscripciones y acreditar a los participantes a su llegada.
   *[other] Con este rol puede acreditar a los participantes a su llegada y consultar los recuentos.
}
mail-member-sign-in = Inicie sesión en el panel de control con la cuenta de Convene asociada a esta dirección ({ $email }):
mail-member-sign-in-button = Iniciar sesión en el panel
mail-member-no-account = Todavía no existe ninguna cuenta de Convene con esta dirección: cree primero una cuenta con ella ({ $url }) y, después, inicie sesión.
mail-member-page = Página del evento: { $url }

## A message from the organizers (their text above this line)

mail-message-registration = Su inscripción: { $url }

## A new password

mail-reset-subject = Nueva contraseña para Convene
mail-reset-body = Alguien (esperamos que usted) ha solicitado establecer una nueva contraseña para la cuenta de Convene de { $email }. Para elegirla, abra este enlace en { $minutes ->
    [one] el próximo minuto
   *[other] los próximos { $minutes } minutos
}:
mail-reset-once = El enlace solo puede usarse una vez. Si no lo ha solicitado usted, ignore este mensaje: su contraseña seguirá siendo la misma.

## Moved up from the waiting list

mail-promoted-subject = Ya tiene plaza: { $title }
mail-promoted-body = Buenas noticias: se ha liberado una plaza y su inscripción en { $title } ya está confirmada.

## The recording

mail-recording-subject = Grabación disponible: { $title }
mail-recording-subject-missed = Lamentamos que no pudiera asistir: { $title }
mail-recording-attended = Gracias por participar en { $title }. La grabación ya está disponible en línea, por si desea volver a ver alguna parte o compartirla con sus colegas:
mail-recording-missed = Lamentamos que no pudiera asistir a { $title }. La grabación ya está disponible en línea, para que pueda ver todo lo que se perdió:
mail-recording-watch = Ver la grabación

## Reminder

mail-reminder-subject = Recordatorio: { $title }, { $when }
mail-reminder-body = Le recordamos que { $title } se celebrará en breve.
mail-reminder-cancel = ¿Finalmente no podrá asistir? Cancele su inscripción para que otra persona de la lista de espera pueda ocupar su plaza:

## The details changed

mail-updated-subject = Actualización: { $title }
mail-updated-body = Se han modificado los datos de su inscripción en { $title }.
mail-updated-what = Qué ha cambiado:
# $old: el valor anterior al cambio.
mail-updated-was = antes: { $old }
# $status: el estado de la inscripción, p. ej. «Confirmada».
mail-updated-now = Así queda su inscripción ({ $status }):
mail-change-title = Título
mail-change-when = Fecha y hora
mail-change-where = Lugar
mail-change-format = Modalidad
mail-change-online-link = Enlace de conexión
mail-change-previous-link = el enlace anterior
mail-change-new-link = un enlace nuevo (su enlace personal de acceso, más abajo, lleva a él)
mail-change-session = Sesión
mail-change-session-time = Horario de la sesión
mail-change-session-room = Sala de la sesión
# Cuando no se indicaba o ya no se indica ninguna sala ni lugar.
mail-change-none = sin especificar

## On the waiting list

mail-waitlisted-subject = Está en la lista de espera: { $title }
mail-waitlisted-body = No quedan plazas para { $title }, por lo que está en la lista de espera. Todavía no tiene plaza. Si se libera alguna, avanzará según el orden de inscripción y le escribiremos de inmediato.
