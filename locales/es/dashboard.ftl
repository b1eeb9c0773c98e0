# Panel de organización de Convene: inicio de sesión, las conferencias con sus
# sesiones, preguntas, inscripciones, solicitudes, mensajes, equipo,
# acreditación y el informe del evento. Los textos propios de la organización
# (títulos, preguntas, respuestas) no están aquí; tampoco los mensajes de error
# de los formularios (forms.ftl).
#
# Los títulos de página terminan en «· Convene» o «· <título de la conferencia>»,
# que añade la propia página.

## Words many pages share

dash-name = Nombre
dash-email = Correo electrónico
dash-organisation = Organización
# La categoría de la persona inscrita, tal como la pregunta el formulario de
# inscripción («Perfil: investigador/a, periodista…»); las mismas palabras que
# en el formulario público.
dash-category = Perfil
dash-status = Estado
# Si la persona asistió (sí o no): una columna, un filtro, un dato.
dash-attended = Asistió
# Cuándo se hizo la inscripción: una columna con fecha y hora.
dash-registered-at = Fecha de inscripción
dash-session = Sesión
dash-sessions = Sesiones
dash-title = Título
dash-starts = Inicio (hora local)
dash-ends = Fin (hora local)
dash-capacity = Aforo
# La sala de una sesión.
dash-room = Sala
dash-help-text = Texto de ayuda
dash-required = Obligatoria
dash-save = Guardar
dash-saved = Cambios guardados.
dash-edit = Editar
dash-remove = Quitar
# Nombre de un botón de quitar para lectores de pantalla; $name: lo que quita
# (una pregunta, la dirección de correo de un miembro del equipo).
dash-remove-name = Quitar { $name }
dash-actions = Acciones
dash-search = Buscar
# En una lista de selección: sin filtrar por este campo.
dash-any = cualquiera
dash-yes = sí
dash-no = no
# Número de personas: encabezado de columna.
dash-people = Personas
dash-attendance = Asistencia
dash-back-to-conference = Volver a la conferencia
dash-nobody-matches = No hay ninguna coincidencia.
dash-nobody-yet = Nadie por ahora.
dash-errors-below = Corrija los campos marcados a continuación.
# Tras el nombre o el estado de una persona inscrita: la añadió el equipo en la
# entrada.
dash-walk-in = (in situ)

## Counts in table headings (each column holds numbers of people)

dash-count-registered = Inscritos
dash-count-waitlisted = En lista de espera
dash-count-attended = Asistentes
dash-count-no-shows = Ausentes

## Registration statuses, as the dashboard shows them (lower case, inside
## sentences and tables)

dash-status-pending = pendiente de confirmación
dash-status-confirmed = confirmada
dash-status-waitlisted = en lista de espera
dash-status-cancelled = cancelada
dash-status-awaiting_approval = pendiente de aprobación
dash-status-declined = rechazada

## Conference formats (the choices of the conference form)

dash-format-online = En línea
dash-format-in_person = Presencial
# A la vez en la sala y en línea.
dash-format-hybrid = Híbrido

## Team roles

dash-role-owner = propietario
# Puede hacerlo todo salvo cancelar la conferencia y gestionar el equipo.
dash-role-manager = gestor
# Un miembro del equipo en la entrada: ve los recuentos y acredita a los asistentes.
dash-role-checkin = acreditación

## Message statuses

# A la espera de la hora programada para su envío.
dash-message-status-scheduled = programado
# Sus correos se están enviando.
dash-message-status-sending = enviándose
dash-message-status-sent = enviado
dash-message-status-cancelled = cancelado

## Question kinds, as a question's description shows them

dash-question-kind-short_text = texto corto
dash-question-kind-long_text = texto largo
# Una opción entre varias.
dash-question-kind-single_choice = opción única
# Cualquier número de opciones.
dash-question-kind-multiple_choice = opción múltiple
dash-question-kind-checkbox = casilla
# La persona inscrita elige un país de una lista.
dash-question-kind-country = país

## Question kinds, as the choices of a new question

dash-question-new-kind-short_text = Texto corto
dash-question-new-kind-long_text = Texto largo
dash-question-new-kind-single_choice = Una opción
dash-question-new-kind-multiple_choice = Varias opciones
dash-question-new-kind-checkbox = Una casilla
dash-question-new-kind-country = País

## Navigation

# Nombre del menú del panel para lectores de pantalla.
dash-nav-label = Panel
dash-your-conferences = Sus conferencias
dash-new-conference = Nueva conferencia
dash-your-account = Su cuenta
dash-sign-out = Cerrar sesión

## Signing in, creating an account, a forgotten password

dash-login-title = Iniciar sesión
dash-login-heading = Acceso para organizadores
dash-login-password = Contraseña
dash-login-submit = Iniciar sesión
dash-login-wrong = El correo electrónico o la contraseña no son correctos.
dash-signup-title = Crear una cuenta de organizador
dash-signup-errors = Corrija lo que se indica a continuación.
dash-signup-name = Su nombre
dash-signup-password = Contraseña (al menos 10 caracteres)
dash-signup-submit = Crear la cuenta
# Va seguido de un enlace, «Iniciar sesión».
dash-signup-have-one = ¿Ya tiene una cuenta?
dash-signup-sign-in = Iniciar sesión
# Un error bajo el campo del correo electrónico.
dash-signup-email-taken = ya existe una cuenta con esta dirección: inicie sesión o restablezca su contraseña
dash-reset-title = ¿Ha olvidado su contraseña?
dash-reset-intro = Indique la dirección de correo de su cuenta de organizador y le enviaremos un enlace para crear una contraseña nueva.
dash-reset-submit = Enviar el enlace
dash-reset-sent = Si existe una cuenta con la dirección { $email }, le hemos enviado a esa dirección un enlace para crear una contraseña nueva. El enlace es válido durante una hora y solo puede usarse una vez.
dash-reset-back = Volver al inicio de sesión
dash-new-password-title = Crear una contraseña nueva
dash-new-password = Contraseña nueva (al menos 10 caracteres)
dash-new-password-submit = Guardar la contraseña
# Va seguido de un enlace, «Solicitar uno nuevo».
dash-new-password-expired = Este enlace ha caducado o ya se ha utilizado.
dash-new-password-ask-again = Solicitar uno nuevo
dash-new-password-set = Su contraseña nueva ya está guardada: inicie sesión con ella.

## Your account

dash-account-signed-in-as = Ha iniciado sesión como { $email }.
dash-account-new-password = Contraseña nueva (déjela en blanco para conservar la actual)
dash-account-current-password = Contraseña actual

## Your conferences

dash-home-conference = Conferencia
dash-home-when = Fecha
dash-home-none = Todavía no hay conferencias.

## A conference's page

# Va seguido del enlace a la página pública de la conferencia.
dash-conference-public-page = página pública:
dash-registrations = Inscripciones
# Un botón; $count: las solicitudes pendientes de decisión.
dash-conference-applications-link = Solicitudes ({ $count })
dash-messages = Mensajes
dash-team = Equipo
dash-checkin = Acreditación
dash-conference-report-link = Informe del evento (para imprimir y presentar a la entidad financiadora)
dash-conference-signups-caption = Inscripciones por día, acumuladas.
# Abre una tabla con las cifras del gráfico que tiene encima.
dash-conference-as-table = Ver los datos en una tabla
dash-conference-signups-table = Inscripciones por día
dash-conference-day = Día
dash-conference-sessions-caption = Inscritos y asistentes por sesión (la tabla de abajo recoge las cifras).
dash-conference-categories-caption = Público por categoría.
# Los recuentos de la conferencia. $breakdown: dash-conference-counts-places o
# dash-conference-counts-decided; $no_shows: dash-conference-no-shows o
# dash-conference-no-shows-not-yet.
dash-conference-counts =
    { $registered ->
        [one] { $registered } inscripción
       *[other] { $registered } inscripciones
    } ({ $breakdown }), { $cancelled ->
        [one] { $cancelled } cancelada
       *[other] { $cancelled } canceladas
    }, { $attended ->
        [one] { $attended } asistente
       *[other] { $attended } asistentes
    }, { $no_shows }.
dash-conference-counts-places =
    { $confirmed ->
        [one] { $confirmed } confirmada
       *[other] { $confirmed } confirmadas
    }, { $waitlisted } en lista de espera
# Cuando la conferencia aprueba las solicitudes.
dash-conference-counts-decided =
    { $confirmed ->
        [one] { $confirmed } confirmada
       *[other] { $confirmed } confirmadas
    }, { $waitlisted } en lista de espera, { $awaiting ->
        [one] { $awaiting } pendiente de aprobación
       *[other] { $awaiting } pendientes de aprobación
    }, { $declined ->
        [one] { $declined } rechazada
       *[other] { $declined } rechazadas
    }
# Personas con plaza confirmada que no asistieron.
dash-conference-no-shows =
    { $count ->
        [one] 1 ausente
       *[other] { $count } ausentes
    }
dash-conference-no-shows-not-yet = ausentes: aún no (la conferencia no ha empezado)
dash-conference-chart-label = Inscripciones y asistencia por sesión
dash-conference-chart-figures = Inscritos / asistentes
dash-conference-chart-registered = Inscritos: { $count }
dash-conference-chart-attended = Asistentes: { $count }
dash-conference-chart-both = Inscritos: { $registered } · asistentes: { $attended }
dash-conference-save = Guardar los cambios
dash-duplicate = Duplicar
dash-duplicate-intro = Para el siguiente evento de una serie: un borrador nuevo con esta misma configuración, preguntas, sesiones y ponentes, con todos los horarios desplazados según la nueva fecha de inicio; sin inscripciones.
dash-duplicate-starts = Inicio de la copia (hora local)
dash-duplicate-title = Título de la copia (en blanco: el mismo)
dash-delete = Eliminar
dash-delete-draft = Eliminar este borrador

## Pictures of the figures (their names for screen readers)

dash-chart-signups = Inscripciones por día, acumuladas, según su estado actual
# Dos barras por sesión: oscura para inscritos, clara para asistentes.
dash-chart-sessions = Inscritos (oscuro) y asistentes (claro) por sesión
dash-chart-categories = Público por categoría
dash-chart-countries = Público por país

## Sessions

dash-sessions-none = Todavía no hay sesiones.
dash-sessions-add = Añadir una sesión
dash-sessions-add-submit = Añadir sesión
# «nombre | institución | función» indica cómo escribir cada línea; $roles son
# las palabras que se escriben como función, que se mantienen en inglés en
# todos los idiomas.
dash-sessions-speakers-roles = Ponentes, uno por línea: nombre | institución | función ({ $roles })
dash-sessions-speakers = Ponentes, uno por línea: nombre | institución | función
dash-session-heading = Sesión: { $title }
dash-session-save = Guardar la sesión
dash-session-delete = Eliminar esta sesión
dash-session-delete-note = Se avisará a las personas inscritas que la habían elegido.

## The registration form's own questions

dash-questions = Preguntas del formulario
dash-questions-none = El formulario solo pide nombre, correo electrónico, organización y «Perfil».
# La descripción de una pregunta; $kind: uno de los tipos de pregunta de arriba.
dash-questions-kind = ({ $kind })
dash-questions-kind-required = ({ $kind }, obligatoria)
# Botones que mueven una pregunta dentro del formulario; las etiquetas nombran
# la pregunta.
dash-questions-up = Subir
dash-questions-down = Bajar
dash-questions-up-label = Subir { $label }
dash-questions-down-label = Bajar { $label }
dash-questions-add = Añadir una pregunta
dash-question = Pregunta
dash-questions-kind-label = Tipo
dash-questions-choices = Opciones, una por línea (para preguntas de una o varias opciones)
dash-questions-add-submit = Añadir pregunta
dash-question-heading = Pregunta del formulario
# $kind: uno de los tipos de pregunta de arriba.
dash-question-fixed-kind = Tipo: { $kind } (no puede cambiarse una vez que alguien ha respondido).
dash-question-choices = Opciones, una por línea (la opción que se quite queda retirada: deja de ofrecerse, pero se conserva en las respuestas ya dadas)
# Las opciones que ya no se ofrecen.
dash-question-retired = Retiradas: { $choices }

## The conference form

dash-new-conference-submit = Crear conferencia
# La parte de la dirección que sigue a /c/.
dash-field-slug = Dirección de la página del evento (/c/…)
dash-field-slug-hint = Letras, cifras y guiones; en blanco: se genera a partir del título
dash-field-description = Descripción
dash-field-timezone = Zona horaria
dash-field-timezone-hint = Nombre IANA, p. ej., Europe/Brussels
# Presencial, en línea o ambos.
dash-field-format = Formato
dash-field-venue = Lugar
dash-field-online-url = Enlace de conexión (solo lo ven las personas con inscripción confirmada)
dash-field-unlimited-hint = En blanco: sin límite
dash-field-in-person-capacity = Plazas en sala (híbrido)
dash-field-online-capacity = Plazas en línea (híbrido)
dash-field-recording-url = Enlace a la grabación
dash-field-opens = Apertura de inscripciones (hora local)
dash-field-opens-hint = En blanco: en cuanto se publique
dash-field-closes = Cierre de inscripciones (hora local)
dash-field-closes-hint = En blanco: al terminar el evento
dash-field-categories = «Perfil»: las opciones, una por línea
dash-field-language = Idioma de sus páginas y correos
dash-field-reminders = Recordatorios, en minutos antes del inicio
dash-field-reminders-hint = Hasta 5, p. ej., 1440, 60 (un día y una hora antes); en blanco: ninguno
dash-field-require-email-confirmation = Pedir a las personas inscritas que confirmen su dirección de correo (su plaza queda reservada hasta que lo hagan)
dash-field-require-approval = Aprobar cada solicitud (las inscripciones esperan su decisión y no ocupan plaza hasta entonces)
# Una plaza a la espera de que la persona inscrita confirme su correo.
dash-field-hold = Reservar una plaza sin confirmar durante (minutos)
dash-field-hold-hint = Por defecto: { $minutes }

## Registrations

dash-registrations-heading = Inscripciones: { $title }
dash-registrations-filter = Filtrar
dash-registrations-add = Añadir a alguien (inscripción in situ, ponente, invitado)
# En la sala o en línea (una conferencia híbrida).
dash-registrations-takes-part = Modalidad
dash-registrations-walk-in = Confirmar aunque el evento esté completo (inscripción in situ)
dash-registrations-checked-in = Acreditar ahora
dash-registrations-notify = Enviarle el correo de confirmación
dash-registrations-add-submit = Añadir
# Va seguido de los enlaces a los archivos: CSV, XLSX, JSON.
dash-registrations-export = Exportar:

## One registration

dash-registration-back = Inscripciones de { $title }
# $at: la fecha y la hora de la acreditación.
dash-registration-checked-in-at = sí (acreditación: { $at })
dash-registration-cancel-reason = Motivo de la cancelación
dash-registration-decline-reason = Motivo del rechazo
dash-registration-change = Modificar
# El correo que recibe la persona es el de inscripción actualizada.
dash-registration-notify = Avisarle (correo de inscripción actualizada)
# Da una plaza a alguien de la lista de espera aunque la conferencia esté completa.
dash-registration-force = Aunque se supere el aforo
dash-registration-promote = Darle plaza ahora
dash-registration-resend = Reenviarle su correo
dash-registration-undo-check-in = Anular la acreditación
dash-registration-reason = Motivo (opcional; se incluye en su correo)
dash-registration-cancel = Cancelar esta inscripción
dash-registration-cancelled = Inscripción cancelada; se ha avisado a la persona inscrita.
dash-registration-promoted = Confirmada: se ha comunicado su plaza a la persona inscrita.
dash-registration-resent = Se ha reenviado el correo.
dash-registration-check-in-undone = Se ha anulado la acreditación.

## Applications (conferences that approve each sign-up)

dash-applications = Solicitudes
dash-applications-heading = Solicitudes: { $title }
# $waiting: solicitudes pendientes; los demás cuentan inscripciones.
dash-applications-counts = Pendientes de decisión: { $waiting } · confirmadas: { $confirmed } · en lista de espera: { $waitlisted } · rechazadas: { $declined }.
# Como dash-applications-counts, con el aforo de la conferencia.
dash-applications-counts-capacity =
    Pendientes de decisión: { $waiting } · confirmadas: { $confirmed } de { $capacity ->
        [one] 1 plaza
       *[other] { $capacity } plazas
    } · en lista de espera: { $waitlisted } · rechazadas: { $declined }.
dash-applications-order = Las personas aprobadas ocupan las plazas libres en el orden en que usted las apruebe; después pasan a la lista de espera.
dash-applications-select = Seleccionar
dash-applications-select-name = Seleccionar a { $name }
# Cuándo se presentó la solicitud: fecha y hora.
dash-applications-applied = Fecha de solicitud
dash-applications-decide = Decisión
dash-applications-approve = Aprobar
dash-applications-decline = Rechazar
dash-applications-approve-name = Aprobar a { $name }
dash-applications-decline-name = Rechazar a { $name }
dash-applications-reason = Motivo para las solicitudes rechazadas (opcional; se incluye en su correo)
dash-applications-approve-selected = Aprobar las seleccionadas
dash-applications-decline-selected = Rechazar las seleccionadas
dash-applications-none = No hay solicitudes pendientes.
dash-applications-none-no-approval = No hay solicitudes pendientes: esta conferencia admite inscripciones sin aprobación (puede cambiarlo en la configuración de la conferencia).
dash-applications-none-ticked = Marque primero al menos una solicitud.
# Tras aprobar o rechazar; cada cifra cuenta solicitudes.
dash-applications-done = Hecho. Aprobadas con plaza: { $confirmed }; aprobadas en lista de espera: { $waitlisted }; rechazadas: { $declined }.

## Messages to registrants

dash-messages-heading = Mensajes: { $title }
dash-messages-subject = Asunto
# Cuándo se envía (fecha y hora).
dash-messages-sends = Fecha de envío
dash-messages-recipients = Destinatarios
# Cuántos correos se enviaron y cuántos no pudieron entregarse.
dash-messages-sent = Enviados
dash-messages-failed = Fallidos
dash-messages-cancel = Cancelar
dash-messages-cancel-subject = Cancelar «{ $subject }»
dash-messages-none = Todavía no hay mensajes.
dash-message-cancelled = Mensaje cancelado.
dash-compose = Escribir un mensaje
dash-compose-heading = Escribir a las personas inscritas: { $title }
dash-compose-preview = Vista previa
dash-compose-recipients =
    { $count ->
        [one] Se enviará a 1 persona. Así lo recibirá:
       *[other] Se enviará a { $count } personas. Así lo recibirá la primera de ellas:
    }
dash-compose-preview-subject = Asunto:
dash-compose-subject = Asunto
# *énfasis* y [enlaces](https://…) muestran cómo escribirlos: mantenga los signos.
dash-compose-body = Mensaje (Markdown: *énfasis*, [enlaces](https://…), listas)
# $placeholders: los marcadores, que se mantienen igual en todos los idiomas;
# $brace: lo que hay que escribir para obtener una llave.
dash-compose-body-help = Marcadores: { $placeholders }. Escriba { $brace } para que aparezca una llave. Todos los correos terminan con el enlace personal de cada destinatario a su inscripción.
dash-compose-audience = A quién se envía
dash-compose-status = Estado:
# Si asistieron: indistinto, asistió, no asistió.
dash-compose-attended-either = indistinto
dash-compose-attended-yes = asistió
dash-compose-attended-no = no asistió
# En la sala o en línea (una conferencia híbrida).
dash-compose-mode = Modalidad
dash-compose-mode-either = cualquiera
dash-compose-mode-in-person = presencial
dash-compose-mode-online = en línea
# Solo quienes respondieron a una pregunta (elegida aquí) con una respuesta
# (campo siguiente).
dash-compose-question = Quienes respondieron a
dash-compose-question-any = (cualquier respuesta)
dash-compose-answer = con la respuesta
dash-compose-reply-to = Dirección para las respuestas (en blanco: la del propietario de la conferencia)
# $timezone: la zona horaria de la conferencia, p. ej., Europe/Brussels.
dash-compose-send-at = Fecha de envío ({ $timezone }; en blanco: ahora)
dash-compose-preview-button = Vista previa y recuento
dash-compose-send = Enviar
dash-compose-back = Volver a los mensajes

## Team

dash-team-heading = Equipo: { $title }
# $manager y $checkin son los nombres de los roles (dash-role-manager,
# dash-role-checkin), que se muestran en negrita.
dash-team-roles = Un { $manager } puede hacerlo todo salvo cancelar la conferencia y gestionar el equipo; un miembro de { $checkin } ve los recuentos y acredita a los asistentes.
dash-team-role = Rol
dash-team-role-of = Rol de { $email }
dash-team-change = Cambiar
dash-team-change-label = Cambiar el rol de { $email }
dash-team-add = Añadir a alguien
dash-team-add-submit = Añadir e invitar
dash-team-added = Se ha añadido al equipo y se le ha enviado una invitación.
dash-team-removed = Se ha quitado a esta persona del equipo.
dash-team-role-changed = Se ha cambiado el rol.

## Check-in

dash-checkin-counts = Acreditados: { $checked } de { $confirmed }
dash-checkin-search-label = Nombre o correo electrónico
dash-checkin-done = acreditado
dash-checkin-button = Acreditar
dash-checkin-button-name = Acreditar a { $name }
dash-checkin-checked-in = Se ha acreditado a { $name }.
dash-checkin-already = Esta persona ya estaba acreditada.
# $status: un estado de inscripción (dash-status-…).
dash-checkin-not-confirmed = Esta inscripción está { $status }: solo se puede acreditar a quienes tienen plaza confirmada.
dash-checkin-list = Lista de acreditación

## The event report

dash-report = Informe
dash-report-heading = { $title }: informe del evento
dash-report-csv = Las cifras en CSV
dash-report-print = Imprima esta página (A4) para entregarla.
dash-report-rate = Tasa de asistencia
# $percent: un número entero.
dash-report-percent = { $percent } %
# Antes de que empiece la conferencia nadie puede figurar como ausente.
dash-report-not-yet = aún no
dash-report-sessions-caption = Inscritos y asistentes por sesión; la tabla de abajo recoge las mismas cifras.
# Ponentes, moderadores y panelistas de una sesión.
dash-report-speakers = Intervinientes
dash-report-audience = Público
dash-report-categories-caption = Por categoría; la tabla recoge las mismas cifras.
dash-report-countries-caption = Por país; la tabla recoge las mismas cifras.
dash-report-by-category = Por categoría
dash-report-by-organisation = Por organización
dash-report-by-country = Por país
dash-report-country = País
# Personas inscritas que no indicaron organización (ni categoría, ni país).
dash-report-not-given = (sin indicar)

## Insertar el formulario en el sitio del proyecto

dash-field-embed-origins = Sitios que pueden insertar el formulario
dash-field-embed-origins-hint = Un origen por línea, por ejemplo https://spring-project.eu. Solo estos sitios pueden mostrar el formulario en un marco.
dash-embed-title = Insertar el formulario de inscripción en su sitio
dash-embed-intro = Pegue este código en una página de su sitio: el formulario funciona allí sin scripts y muestra los errores y la confirmación en el mismo lugar.
dash-embed-snippet = El código que debe copiar
dash-embed-no-origins = Todavía ningún sitio puede insertar el formulario: añada el origen de su sitio más abajo, en «Sitios que pueden insertar el formulario».
dash-embed-origins = Sitios que pueden insertarlo: { $origins }
