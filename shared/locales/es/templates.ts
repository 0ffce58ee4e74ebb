import type { templatesEn } from '../en/templates';
import type { Translation } from '../translation';

/**
 * Las plantillas incluidas en español: nombre, descripción, nombre de cada paso y los textos de
 * su configuración, con las mismas claves que el inglés. Los marcadores {{…}} y el HTML no cambian.
 */
export const templatesEs: Translation<typeof templatesEn> = {
  'conversations/close-conversation-bot-on': {
    name: 'Cerrar la conversación y reactivar el bot',
    description:
      'Un atajo que los agentes usan al terminar con una conversación: agradece al contacto, quita al responsable, vuelve a poner en On el campo del contacto Bot status para que el bot responda al próximo mensaje del contacto y cierra la conversación como resuelta.',
    steps: {
      trigger: {
        name: 'Atajo: Cerrar y reactivar el bot',
        config: {
          name: 'Cerrar y reactivar el bot',
          description: 'Agradece al contacto, quita tu asignación, reactiva el bot y cierra la conversación.',
        },
      },
      'thank-contact': {
        name: 'Agradecer al contacto',
        config: {
          text: '¡Gracias por escribirnos, {{contact.firstName}}! Si necesitas algo más, envía un mensaje aquí y nuestro asistente te responderá enseguida.',
        },
      },
      unassign: { name: 'Quitar la asignación del agente' },
      'bot-on': { name: 'Reactivar el bot' },
      close: {
        name: 'Cerrar como resuelta',
        config: {
          category: 'Resuelta',
          note: 'Cerrada con el atajo “Cerrar y reactivar el bot”; el bot responde al próximo mensaje de este contacto.',
        },
      },
    },
  },
  'conversations/assign-to-agent': {
    name: 'Asignar a un agente',
    description:
      'Cuando se abre una conversación en cualquier canal, la asigna por turnos a un agente en línea del espacio de trabajo. Si ningún agente en línea la toma en 10 minutos, se avisa al contacto de que el equipo está ocupado y la conversación pasa al agente con menos conversaciones abiertas, esté en línea o no; un comentario la señala si sigue sin asignar después de 7 días.',
    steps: {
      trigger: { name: 'Conversación abierta' },
      'assign-online': { name: 'Asignar a un agente en línea' },
      'team-busy': {
        name: 'Avisar al contacto de que el equipo está ocupado',
        config: {
          text: 'Gracias por esperar, {{contact.firstName}}. Nuestro equipo está ocupado en este momento; el primer agente que quede libre te responderá aquí.',
        },
      },
      'assign-any': { name: 'Asignar al agente menos ocupado' },
      'flag-unassigned': {
        name: 'Señalar como sin asignar',
        config: { text: 'Ningún agente tomó esta conversación en los 7 días siguientes a su apertura. Asígnala a mano, por favor.' },
      },
    },
  },
  'conversations/sales-auto-assignment': {
    name: 'Asignación automática para equipos de ventas',
    description:
      'Reparte los nuevos leads por igual entre el equipo de ventas: cuando se abre una conversación, se da la bienvenida al contacto y la conversación pasa por turnos a un vendedor en línea con menos de 20 conversaciones abiertas, con una nota interna para el agente. Si nadie queda libre en 15 minutos, se avisa al contacto de que un especialista le responderá pronto y se le agrega la etiqueta de seguimiento de ventas.',
    steps: {
      trigger: { name: 'Conversación abierta' },
      welcome: {
        name: 'Dar la bienvenida al lead',
        config: { text: 'Hola, {{contact.firstName}}, ¡gracias por tu interés! Uno de nuestros especialistas en ventas te atenderá en un momento.' },
      },
      'assign-sales': { name: 'Asignar a Ventas (por turnos)' },
      'lead-note': {
        name: 'Nota para el vendedor',
        config: { text: 'Nuevo lead desde {{conversation.channel}}, asignado por turnos. Responde en menos de 5 minutos para no perder su interés.' },
      },
      'sales-busy': {
        name: 'Todos los vendedores ocupados',
        config: {
          text: 'Nuestros especialistas en ventas están atendiendo a otros clientes en este momento. Te guardamos el lugar y uno de ellos te responderá aquí en cuanto quede libre.',
        },
      },
      'tag-follow-up': { name: 'Etiquetar para seguimiento de ventas' },
    },
  },
  'conversations/support-auto-assignment': {
    name: 'Asignación automática para equipos de soporte',
    description:
      'Lleva a los clientes rápido a un agente: cuando se abre una conversación, se pide al contacto que describa el problema mientras la conversación pasa al agente de soporte en línea con menos conversaciones abiertas. Si nadie la toma en 10 minutos, se avisa al contacto de que el equipo está ocupado y la conversación se ofrece a todo el equipo de soporte, esté en línea o no.',
    steps: {
      trigger: { name: 'Conversación abierta' },
      welcome: {
        name: 'Pedir los detalles',
        config: {
          text: 'Hola, {{contact.firstName}}, ¡gracias por escribir a soporte! Cuéntanos qué pasó, con tu número de pedido o de cuenta si lo tienes, y un agente te atenderá en breve.',
        },
      },
      'assign-support': { name: 'Asignar a Atención al Cliente (menos abiertas)' },
      'support-busy': {
        name: 'Avisar al contacto de que el equipo está ocupado',
        config: {
          text: 'Gracias por tu paciencia, {{contact.firstName}}. Todos nuestros agentes están ayudando a otros clientes en este momento; el primero que quede libre te responderá aquí.',
        },
      },
      'tag-waiting': { name: 'Etiquetar como en espera de soporte' },
      'assign-support-any': { name: 'Asignar a cualquier agente de soporte' },
      'flag-unassigned': {
        name: 'Señalar al responsable de soporte',
        config: { text: 'Esta conversación lleva un día esperando sin agente. Responsable de soporte: asígnala, por favor.' },
      },
    },
  },
  'conversations/high-priority-support-assignment': {
    name: 'Asignación automática para soporte prioritario',
    description:
      'Atiende primero a los clientes prioritarios: los contactos VIP y los clientes del plan de soporte Premium van al equipo de Soporte Prioritario, al agente en línea con menos conversaciones abiertas (5 como máximo cada uno). Si ningún agente prioritario la toma en 5 minutos, la conversación se escala a Atención al Cliente con una nota. Todos los demás van directamente a Atención al Cliente.',
    steps: {
      trigger: { name: 'Conversación abierta' },
      'check-priority': {
        name: '¿Cliente prioritario?',
        config: {
          'conditions[0].name': 'VIP',
          'conditions[1].name': 'Plan Premium',
          'conditions[0].value': 'VIP',
          'conditions[1].value': 'Premium',
        },
      },
      'assign-priority': { name: 'Asignar a Soporte Prioritario' },
      'priority-greeting': {
        name: 'Saludo prioritario',
        config: { text: 'Hola, {{contact.firstName}}, soy {{assignee.firstName}}, de Soporte Prioritario. Ya me encargo: ¿en qué puedo ayudarte?' },
      },
      'escalation-note': {
        name: 'Anotar la escalada',
        config: { text: 'Cliente prioritario: ningún agente de Soporte Prioritario quedó libre en 5 minutos. Responde primero, por favor.' },
      },
      'assign-support': { name: 'Asignar a Atención al Cliente' },
      'support-busy': {
        name: 'Avisar al contacto de que el equipo está ocupado',
        config: {
          text: 'Gracias por tu paciencia, {{contact.firstName}}. Todos nuestros agentes están ayudando a otros clientes en este momento; el primero que quede libre te responderá aquí.',
        },
      },
    },
  },
  'conversations/assigned-agent-message': {
    name: 'Mensaje del agente asignado',
    description:
      'Le dice al contacto quién lo atiende: cuando se abre una conversación, se asigna al agente en línea del espacio de trabajo con menos conversaciones abiertas y el contacto recibe un mensaje que le presenta a ese agente por su nombre. Si nadie queda libre en 15 minutos, se avisa al contacto de que un agente se presentará en cuanto haya uno disponible.',
    steps: {
      trigger: { name: 'Conversación abierta' },
      assign: { name: 'Asignar a un agente en línea' },
      'introduce-agent': {
        name: 'Presentar al agente asignado',
        config: {
          text: 'Hola, {{contact.firstName}}, soy {{assignee.firstName}} y hoy me encargo de atenderte. Estoy leyendo tu mensaje y te respondo en un momento.',
        },
      },
      'no-agent-yet': {
        name: 'Aún no hay agentes libres',
        config: {
          text: 'Gracias por tu mensaje, {{contact.firstName}}. Todos nuestros agentes están ocupados en este momento; el próximo que quede libre se presentará aquí.',
        },
      },
    },
  },
  'conversations/out-of-hours-message': {
    name: 'Mensaje fuera de horario',
    description:
      'Cuando se abre una conversación fuera del horario comercial (de lunes a viernes, de 9:00 a 18:00, hora de Nueva York), le dice al contacto cuándo vuelve el equipo y le agrega una etiqueta para el seguimiento por la mañana. Durante el horario comercial el flujo no hace nada y tus flujos de asignación habituales se ocupan de la conversación.',
    steps: {
      trigger: { name: 'Conversación abierta' },
      'business-hours': { name: '¿Dentro del horario comercial?' },
      'out-of-hours-message': {
        name: 'Mensaje fuera de horario',
        config: {
          text: 'Hola, {{contact.firstName}}, ¡gracias por tu mensaje! Nuestro equipo atiende de lunes a viernes, de 9:00 a 18:00 (hora de Nueva York). Te responderemos aquí en cuanto volvamos.',
        },
      },
      'tag-after-hours': { name: 'Etiquetar para seguimiento por la mañana' },
    },
  },
  'conversations/agents-at-capacity-message': {
    name: 'Mensaje de agentes al límite',
    description:
      'Mantiene la carga de cada agente bajo control: una nueva conversación solo va a un agente en línea con menos de 10 conversaciones abiertas. Cuando todos los agentes están al límite durante 5 minutos, se le explica la situación al contacto, se le agrega la etiqueta de espera y la conversación se asigna en cuanto un agente tiene hueco (un comentario la señala si eso tarda más de un día).',
    steps: {
      trigger: { name: 'Conversación abierta' },
      assign: { name: 'Asignar a un agente con capacidad' },
      'at-capacity': {
        name: 'Agentes al límite',
        config: {
          text: '¡Gracias por escribirnos, {{contact.firstName}}! Todos nuestros agentes están ayudando a otros clientes en este momento. No tienes que hacer nada: conservas tu lugar y un agente te responderá aquí en cuanto quede libre.',
        },
      },
      'tag-waiting': { name: 'Etiquetar como en espera de un agente' },
      'assign-when-free': { name: 'Asignar cuando un agente tenga hueco' },
      'untag-waiting': { name: 'Quitar la etiqueta de espera' },
      'flag-waiting': {
        name: 'Señalar la larga espera',
        config: { text: 'Todos los agentes llevan un día al límite y este contacto sigue esperando. Asigna la conversación a mano, por favor.' },
      },
    },
  },
  'conversations/agent-routing': {
    name: 'Enrutamiento a agentes',
    description:
      'Pregunta al contacto qué necesita (ventas, soporte o facturación) y envía la conversación a un agente en línea de ese equipo. Las respuestas poco claras van a Atención al Cliente; si el contacto no responde en una hora, la conversación se cierra. Cuando el equipo elegido no tiene a nadie libre durante 15 minutos, se avisa al contacto de que un agente le responderá pronto.',
    steps: {
      trigger: { name: 'Conversación abierta' },
      'ask-department': {
        name: 'Preguntar qué necesita el contacto',
        config: {
          question: '¡Hola, {{contact.firstName}}! Para ponerte en contacto con el equipo adecuado, ¿en qué podemos ayudarte?',
          'options[0]': 'Quiero comprar',
          'options[1]': 'Ayuda con un pedido',
          'options[2]': 'Facturación y pagos',
          invalidAnswerMessage: 'Lo siento, no te entendí. Elige una de las opciones, por favor.',
        },
      },
      route: {
        name: 'Enrutar según la respuesta',
        config: {
          'conditions[0].name': 'Ventas',
          'conditions[1].name': 'Facturación',
          'conditions[0].value': 'Quiero comprar',
          'conditions[1].value': 'Facturación y pagos',
        },
      },
      'assign-sales': { name: 'Asignar a Ventas' },
      'assign-billing': { name: 'Asignar a Facturación' },
      'assign-support': { name: 'Asignar a Atención al Cliente' },
      'team-busy': {
        name: 'Equipo ocupado',
        config: { text: '¡Gracias, {{contact.firstName}}! Todo el equipo está con otros clientes en este momento; el primero que quede libre te responderá aquí.' },
      },
      'close-no-answer': {
        name: 'Cerrar: sin respuesta',
        config: { category: 'Sin respuesta', note: 'El contacto no eligió un equipo en una hora.' },
      },
    },
  },
  'conversations/csat-survey-http': {
    name: 'Encuesta de satisfacción enviada a un endpoint HTTP',
    description:
      'Cuando se cierra una conversación, pide al contacto que la valore del 1 al 5 y que diga qué se podría mejorar; luego envía la valoración, el comentario y los datos de la conversación en JSON al endpoint de tu encuesta (una aplicación web de hojas de cálculo, una herramienta de BI o tu propia API). Si el endpoint falla, las respuestas se guardan como comentario en el contacto.',
    steps: {
      trigger: { name: 'Conversación cerrada' },
      'ask-rating': {
        name: 'Pedir una valoración',
        config: {
          question: '¡Gracias por contactarnos, {{contact.firstName}}! ¿Cómo valorarías la ayuda que recibiste hoy?',
          'options[0]': '5 - Excelente',
          'options[1]': '4 - Buena',
          'options[2]': '3 - Regular',
          'options[3]': '2 - Mala',
          'options[4]': '1 - Muy mala',
          invalidAnswerMessage: 'Elige una de las valoraciones del 1 al 5, por favor.',
        },
      },
      'ask-comment': {
        name: 'Preguntar qué se podría mejorar',
        config: { question: '¡Gracias! ¿Hay algo que podríamos haber hecho mejor? Solo escribe tu respuesta.' },
      },
      'post-survey': { name: 'Enviar las respuestas al endpoint de la encuesta' },
      'thank-you': {
        name: 'Agradecer al contacto',
        config: { text: '¡Gracias por tu opinión, {{contact.firstName}}! Nos ayuda a mejorar cada día.' },
      },
      'keep-answers': {
        name: 'Guardar las respuestas como comentario',
        config: { text: 'No se pudieron enviar las respuestas de CSAT al endpoint de la encuesta. Valoración: {{csatRating}}. Comentario: {{csatComment}}' },
      },
      'no-rating': {
        name: 'Nota: sin valoración',
        config: { text: 'El contacto no valoró esta conversación.' },
      },
    },
  },
  'pipeline/client-onboarding': {
    name: 'Incorporación de clientes',
    description:
      'Automatizaciones de columna para incorporar a un nuevo cliente. Cuando una tarjeta entra en Incorporación: le agrega la etiqueta de nuevo cliente, marca la incorporación como en curso, envía por correo electrónico el mensaje de bienvenida a los contactos del cliente, asigna al líder de la tarjeta las tareas de la reunión de inicio y de configuración y publica una bienvenida en el feed del cliente. Cuando la tarjeta entra en En producción: marca la incorporación como completada y lo anuncia en el feed del cliente. La métrica del flujo mide los días desde la firma hasta la puesta en producción.',
    steps: {
      'enters-onboarding': { name: 'La tarjeta entra en Incorporación', config: { column: 'Incorporación' } },
      'tag-new-client': { name: 'Etiquetar como nuevo cliente' },
      'status-in-progress': { name: 'Incorporación en curso' },
      'welcome-email': {
        name: 'Correo de bienvenida al cliente',
        config: {
          subject: '¡Bienvenidos, {{card.title}}!',
          message:
            'Hola, {{contact.first_name}}:\n\nGracias por elegirnos. Tu incorporación empieza hoy: {{card.leader.name}} es el líder de tu proyecto y te llamará en un plazo de dos días hábiles para programar la reunión de inicio.\n\nPuedes seguir cada paso de la incorporación en tu feed del cliente.\n\nBienvenidos,\n{{card.leader.name}}',
        },
      },
      'kickoff-task': {
        name: 'Tarea de la reunión de inicio',
        config: {
          title: 'Programar la reunión de inicio',
          description: 'Acordar con el cliente los objetivos, los contactos clave y la fecha de puesta en producción, y luego registrarlos en la tarjeta.',
        },
      },
      'setup-task': {
        name: 'Tarea de configuración de la cuenta',
        config: {
          title: 'Configurar la cuenta del cliente',
          description: 'Crear los usuarios del cliente, importar sus datos y comprobar los accesos antes de la reunión de inicio.',
        },
      },
      'welcome-post': {
        name: 'Publicación de bienvenida en el feed del cliente',
        config: {
          message:
            '¡Bienvenidos! Tu incorporación ha comenzado. El líder de tu proyecto se pondrá en contacto contigo en un plazo de dos días hábiles para programar la reunión de inicio. Aquí verás cada paso de la incorporación.',
        },
      },
      'enters-live': { name: 'La tarjeta entra en En producción', config: { column: 'En producción' } },
      'status-live': { name: 'Incorporación completada' },
      'live-post': {
        name: 'Publicación de puesta en producción en el feed del cliente',
        config: {
          message:
            '¡Ya está todo listo! La incorporación terminó y tu cuenta ya se puede usar. Gracias por trabajar con nosotros; tu gestor de cuenta se pondrá en contacto contigo el mes que viene.',
        },
      },
    },
  },
  'journeys/abandoned-cart': {
    name: 'Carrito abandonado',
    description:
      'Recupera carritos abandonados en tres pasos. Una hora después del abandono, los contactos que no compraron reciben un recordatorio; un día después, quienes aún no compraron reciben un código de envío gratis; dos días más tarde, un correo de última oportunidad. Los contactos que compran salen del recorrido en la siguiente comprobación.',
    steps: {
      trigger: { name: 'Carrito abandonado hace una hora' },
      'check-1': { name: '¿Compró mientras tanto?' },
      'end-bought-1': { name: 'Compró antes del recordatorio' },
      'reminder-email': {
        name: 'Recordatorio: artículos en tu carrito',
        config: {
          subject: 'Olvidaste algo en tu carrito',
          preheader: 'Tus artículos están guardados: completa tu pedido con un clic.',
          body: '<p>Hola, {{contact.first_name}}:</p>\n<p>Dejaste algunas cosas en tu carrito. Te las guardamos.</p>\n<p><a href="{{cart.url}}">Volver a tu carrito</a></p>\n<p>Hasta pronto,<br>El equipo de la Tienda</p>',
          senderName: 'El equipo de la Tienda',
        },
      },
      'wait-1d': { name: 'Esperar 1 día' },
      'check-2': { name: '¿Compró después del recordatorio?' },
      'end-bought-2': { name: 'Recuperado por el recordatorio' },
      'offer-email': {
        name: 'Oferta de envío gratis',
        config: {
          subject: 'Envío gratis para tu carrito, durante 48 horas',
          preheader: 'Usa el código SHIPFREE al pagar antes de que caduque.',
          body: '<p>Hola, {{contact.first_name}}:</p>\n<p>Tu carrito te sigue esperando. Completa tu pedido en las próximas 48 horas con el código <strong>SHIPFREE</strong> y el envío corre por nuestra cuenta.</p>\n<p><a href="{{cart.url}}">Completar mi pedido</a></p>\n<p>El equipo de la Tienda</p>',
          senderName: 'El equipo de la Tienda',
        },
      },
      'wait-2d': { name: 'Esperar 2 días' },
      'check-3': { name: '¿Compró después de la oferta?' },
      'end-bought-3': { name: 'Recuperado por la oferta' },
      'last-chance-email': {
        name: 'Última oportunidad',
        config: {
          subject: 'Última oportunidad: tu carrito caduca hoy',
          preheader: 'Solo podemos guardar tus artículos un poco más.',
          body: '<p>Hola, {{contact.first_name}}:</p>\n<p>Solo podemos guardar los artículos de tu carrito hasta el final del día de hoy, y algunos se están agotando rápido.</p>\n<p><a href="{{cart.url}}">Completar mi pedido</a></p>\n<p>El equipo de la Tienda</p>',
          senderName: 'El equipo de la Tienda',
        },
      },
      end: { name: 'Fin' },
    },
  },
  'journeys/welcome-series': {
    name: 'Serie de bienvenida',
    description:
      'Da la bienvenida a los nuevos suscriptores del boletín con tres correos a lo largo de una semana: una bienvenida con lo que pueden esperar, la historia de la marca y los más vendidos dos días después y, para quienes aún no compraron, un descuento en el primer pedido cinco días más tarde. El campo personalizado Welcome series registra dónde terminó cada contacto.',
    steps: {
      trigger: { name: 'Se suscribe al boletín' },
      'welcome-email': {
        name: 'Correo de bienvenida',
        config: {
          subject: '¡Bienvenido, {{contact.first_name}}! Esto es lo que te espera',
          preheader: 'Novedades, consejos y ofertas exclusivas para suscriptores, una vez por semana.',
          body: '<p>Hola, {{contact.first_name}}:</p>\n<p>¡Gracias por suscribirte! Una vez por semana recibirás nuestras novedades, consejos de nuestro equipo y ofertas que solo ven los suscriptores.</p>\n<p><a href="{{site.url}}">Empezar a explorar</a></p>\n<p>El equipo de la Tienda</p>',
          senderName: 'El equipo de la Tienda',
        },
      },
      'wait-2d': { name: 'Esperar 2 días' },
      'story-email': {
        name: 'Nuestra historia y los más vendidos',
        config: {
          subject: 'La historia detrás de nuestra tienda',
          preheader: 'Cómo empezamos y los productos que más les gustan a nuestros clientes.',
          body: '<p>Hola, {{contact.first_name}}:</p>\n<p>Empezamos con una idea: buenos productos que duren. Estos son los más vendidos, los que nuestros clientes vuelven a comprar una y otra vez.</p>\n<p><a href="{{site.url}}/best-sellers">Ver los más vendidos</a></p>\n<p>El equipo de la Tienda</p>',
          senderName: 'El equipo de la Tienda',
        },
      },
      'wait-5d': { name: 'Esperar 5 días' },
      'check-customer': { name: '¿Ya compró?' },
      'mark-converted': { name: 'Registrar: convertido' },
      'end-converted': { name: 'Compró durante la serie' },
      'discount-email': {
        name: 'Descuento en el primer pedido',
        config: {
          subject: '10 % de descuento en tu primer pedido',
          preheader: 'Tu código de bienvenida WELCOME10 es válido durante 14 días.',
          body: '<p>Hola, {{contact.first_name}}:</p>\n<p>Para agradecerte que te hayas unido, aquí tienes un 10 % de descuento en tu primer pedido con el código <strong>WELCOME10</strong>, válido durante 14 días.</p>\n<p><a href="{{site.url}}">Comprar ahora</a></p>\n<p>El equipo de la Tienda</p>',
          senderName: 'El equipo de la Tienda',
        },
      },
      'mark-completed': { name: 'Registrar: completada' },
      end: { name: 'Fin' },
    },
  },
  'contact-center/sales-ivr': {
    name: 'IVR de ventas',
    description:
      'Número principal de una línea de ventas. En horario de ventas, quien llama marca 1 para comprar (cola de Ventas), 2 para un pedido existente (cola de Pedidos) o 3 para soporte técnico (transferido a la mesa de soporte); quien no marca nada va a Ventas. Cuando nadie contesta, la persona escucha una disculpa y la llamada se clasifica como no atendida. Fuera del horario de ventas, el flujo reutilizable Fuera de horario atiende la llamada.',
    steps: {
      start: { name: 'Inicio' },
      'sales-hours': { name: '¿Equipo de ventas abierto?' },
      'main-menu': {
        name: 'Menú principal',
        config: {
          'prompt.text':
            'Gracias por llamar a nuestra línea de ventas. Para comprar un producto o pedir un presupuesto, marque 1. Para un pedido existente, marque 2. Para soporte técnico, marque 3.',
          'options[0].label': 'Ventas',
          'options[1].label': 'Pedidos',
          'options[2].label': 'Soporte',
        },
      },
      'sales-queue': { name: 'Cola de Ventas' },
      'orders-queue': { name: 'Cola de Pedidos' },
      'support-desk': { name: 'Transferir a la mesa de soporte' },
      'nobody-available': {
        name: 'Nadie disponible',
        config: {
          'prompt.text':
            'Lo sentimos, no hay nadie disponible para atender su llamada en este momento. Vuelva a llamar más tarde o deje su número en nuestro sitio web y le devolveremos la llamada.',
        },
      },
      'classify-unanswered': { name: 'Clasificar como no atendida' },
      'hang-up': { name: 'Colgar' },
      'after-hours': { name: 'Fuera de horario' },
      'hang-up-closed': { name: 'Colgar' },
    },
  },
  'contact-center/after-hours': {
    name: 'Fuera de horario',
    description:
      'Flujo reutilizable para llamadas fuera del horario comercial: informa de que la oficina está cerrada y de cuándo abre, ofrece la línea de emergencias en el 9 y clasifica la llamada como contacto fuera de horario antes de volver al flujo que la llamó.',
    steps: {
      start: { name: 'Inicio' },
      'closed-menu': {
        name: 'Mensaje de cerrado',
        config: {
          'prompt.text':
            'Gracias por llamar. Nuestra oficina está cerrada en este momento. Atendemos de lunes a viernes, de 8 de la mañana a 6 de la tarde. Si se trata de una emergencia, marque 9 para comunicarse con el equipo de guardia. Si no, vuelva a llamar en horario de atención o visite nuestro sitio web.',
          'options[0].label': 'Línea de emergencias',
        },
      },
      'emergency-line': { name: 'Transferir al equipo de guardia' },
      'on-call-unavailable': {
        name: 'Equipo de guardia no disponible',
        config: { 'prompt.text': 'Lo sentimos, el equipo de guardia no puede atender su llamada en este momento. Inténtelo de nuevo en unos minutos.' },
      },
      classify: { name: 'Clasificar como fuera de horario' },
      end: { name: 'Volver al flujo que llamó' },
    },
  },
};
