import type { Translation } from '../translation';
import type { catalogEn } from '../en/catalog';

/**
 * Spanish texts of the step catalog.
 */
export const catalogEs: Translation<typeof catalogEn> = {
  common: {
    commonFields: {
      field: {
        active: {
          label: 'Activa',
        },
      },
      port: {
        next: 'Siguiente',
        timeout: 'Tiempo agotado',
        failure: 'Error',
        else: 'Si no',
      },
    },
    kindLabels: {
      kind: {
        user: 'usuario',
        contact: 'contacto',
        team: 'equipo',
        channel: 'canal',
        tag: 'etiqueta',
        customField: 'campo personalizado',
        segment: 'segmento',
        form: 'formulario',
        product: 'producto',
        queue: 'cola',
        mediaPrompt: 'audio',
        dispositionList: 'lista de disposiciones',
        reasonList: 'lista de motivos',
        schedule: 'horario',
        flow: 'flujo',
        attachment: 'adjunto',
      },
    },
    reportFields: {
      flow: {
        name: 'Nombre del flujo',
        description: 'Descripción del flujo',
        entities: 'Entidades que el flujo declara',
        meta: 'Metadatos del flujo',
        extensions: 'Datos de extensiones',
      },
      step: {
        name: 'Nombre del paso',
        extensions: 'Datos de extensiones del paso',
      },
      connection: {
        extensions: 'Datos de extensiones de una conexión',
      },
    },
    // A field's format rule, said when a value breaks it.
    formatHints: {
      variableName: 'usa letras, dígitos y _, sin empezar por un dígito',
      httpAddress: 'usa una dirección http:// o https:// sin espacios',
      headerName: 'un nombre de encabezado no lleva espacios ni separadores',
      jumpTarget: 'elige un paso de este flujo de trabajo',
      time24: 'usa el formato de 24 horas HH:MM',
      closingAfterOpening: 'la hora de cierre debe ser posterior a la de apertura',
      timeZone: 'usa una zona horaria IANA como America/Sao_Paulo',
      phoneE164: 'usa el formato internacional: + código de país y número, solo dígitos (+14155550142)',
      distinctChoices: 'cada opción debe ser distinta',
      noStepWithId: 'no hay ningún paso con id "{{id}}" en este flujo',
      branchIdUsed: 'el id de rama "{{id}}" ya está en uso',
      atLeastMinimum: 'debe ser como mínimo el valor mínimo ({{minimum}})',
      keyUsed: 'la tecla {{key}} ya la usa otra opción',
      portIdTaken: 'el id de salida "{{id}}" ya está en uso',
    },
  },
  conversations: {
    profile: {
      label: 'Conversaciones',
    },
    stepFields: {
      field: {
        timeout: {
          label: 'Tiempo límite',
        },
      },
    },
    addComment: {
      label: 'Agregar comentario',
      description: 'Agrega un comentario interno para los agentes; el contacto no lo ve.',
      field: {
        text: {
          label: 'Comentario',
        },
      },
    },
    askQuestion: {
      port: {
        answered: 'Respondida',
      },
      label: 'Hacer una pregunta',
      description: 'Hace una pregunta al contacto y espera la respuesta; puede guardarla en un campo del contacto.',
      field: {
        question: {
          label: 'Pregunta',
        },
        answerType: {
          label: 'Tipo de respuesta',
          option: {
            text: 'Texto',
            multipleChoice: 'Opción múltiple',
            number: 'Número',
            date: 'Fecha',
            phone: 'Número de teléfono',
            email: 'Correo electrónico',
          },
        },
        options: {
          label: 'Opciones',
        },
        invalidAnswerMessage: {
          label: 'Mensaje para una respuesta no válida',
        },
        variable: {
          label: 'Guardar respuesta como variable',
        },
        saveTo: {
          label: 'Guardar respuesta en el campo del contacto',
        },
      },
    },
    assignTo: {
      port: {
        assigned: 'Asignada',
      },
      label: 'Asignar a',
      description: 'Asigna la conversación a un usuario, a un miembro de un equipo o a cualquier usuario del espacio de trabajo.',
      field: {
        mode: {
          label: 'Asignar a',
          option: {
            user: 'Un usuario específico',
            team: 'Un usuario de un equipo',
            workspace: 'Un usuario del espacio de trabajo',
          },
        },
        user: {
          label: 'Usuario',
        },
        team: {
          label: 'Equipo',
        },
        rule: {
          label: 'Regla de asignación',
          option: {
            roundRobin: 'Por turnos',
            leastOpen: 'Menos conversaciones abiertas',
          },
        },
        onlyOnline: {
          label: 'Solo usuarios en línea',
        },
        maxOpenConversations: {
          label: 'Solo usuarios con menos conversaciones abiertas que',
        },
      },
      summary: {
        roundRobin: 'por turnos',
        fewestOpen: 'menos abiertas',
        workspace: 'Espacio de trabajo ({{rule}})',
      },
    },
    branch: {
      field: {
        name: {
          label: 'Nombre de la rama',
        },
        field: {
          label: 'Campo o variable',
          help: 'Por ejemplo contact.country, contact.tags o la variable de una pregunta, como productInterest.',
        },
        operator: {
          label: 'Operador',
          option: {
            equals: 'es igual a',
            notEquals: 'no es igual a',
            contains: 'contiene',
            notContains: 'no contiene',
            startsWith: 'empieza por',
            greaterThan: 'es mayor que',
            lessThan: 'es menor que',
            isEmpty: 'está vacío',
            isNotEmpty: 'no está vacío',
          },
        },
        value: {
          label: 'Valor',
        },
        conditions: {
          label: 'Ramas',
        },
      },
      label: 'Ramificación',
      description: 'Sigue la primera rama cuya condición se cumple; si ninguna, la rama si no.',
      summary: {
        branches: '{{count}} ramas + si no',
        oneBranch: '1 rama + si no',
      },
    },
    closeConversation: {
      label: 'Cerrar conversación',
      description: 'Cierra la conversación, con una categoría y una nota de cierre opcionales.',
      field: {
        category: {
          label: 'Categoría de cierre',
        },
        note: {
          label: 'Nota de cierre',
        },
      },
    },
    dateTime: {
      port: {
        open: 'Abierto',
        closed: 'Cerrado',
      },
      field: {
        day: {
          label: 'Día',
          option: {
            monday: 'Lunes',
            tuesday: 'Martes',
            wednesday: 'Miércoles',
            thursday: 'Jueves',
            friday: 'Viernes',
            saturday: 'Sábado',
            sunday: 'Domingo',
          },
        },
        from: {
          label: 'Desde',
        },
        to: {
          label: 'Hasta',
        },
        timezone: {
          label: 'Zona horaria',
        },
        schedule: {
          label: 'Horario comercial',
        },
      },
      label: 'Fecha y hora',
      description: 'Sigue “abierto” en horario comercial y “cerrado” fuera de él.',
      summary: {
        periods: '{{count}} periodos de atención',
        onePeriod: '1 periodo de atención',
      },
    },
    httpRequest: {
      port: {
        success: 'Éxito',
      },
      field: {
        name: {
          label: 'Encabezado',
        },
        value: {
          label: 'Valor',
        },
        method: {
          label: 'Método',
          option: {
            GET: 'GET',
            POST: 'POST',
            PUT: 'PUT',
            PATCH: 'PATCH',
            DELETE: 'DELETE',
          },
        },
        url: {
          label: 'URL',
        },
        headers: {
          label: 'Encabezados',
        },
        body: {
          label: 'Cuerpo',
        },
        responseVariable: {
          label: 'Guardar respuesta como variable',
        },
      },
      label: 'Solicitud HTTP',
      description: 'Envía una solicitud a una API externa y puede guardar la respuesta en una variable.',
    },
    jumpTo: {
      label: 'Ir a',
      description: 'Continúa en otro paso de este flujo.',
      field: {
        target: {
          label: 'Paso de destino',
        },
      },
    },
    openConversation: {
      label: 'Abrir conversación',
      description: 'Abre una conversación con el contacto.',
    },
    sendMessage: {
      label: 'Enviar un mensaje',
      description: 'Envía un mensaje al contacto; las {{variables}} se reemplazan por datos del contacto y del flujo.',
      field: {
        channel: {
          label: 'Canal',
          help: 'Déjelo vacío para usar el último canal en el que interactuó el contacto.',
        },
        text: {
          label: 'Mensaje',
        },
      },
    },
    triggerWorkflow: {
      label: 'Activar otro flujo',
      description: 'Inicia otro flujo para el contacto.',
      field: {
        flow: {
          label: 'Flujo',
        },
      },
    },
    unassign: {
      label: 'Quitar asignación',
      description: 'Quita el usuario o el equipo al que está asignada la conversación.',
    },
    updateContactField: {
      label: 'Actualizar campo del contacto',
      description: 'Establece el valor de un campo del contacto; un valor vacío lo borra.',
      field: {
        field: {
          label: 'Campo del contacto',
        },
        value: {
          label: 'Valor',
        },
      },
      summary: {
        empty: '(vacío)',
      },
    },
    updateTags: {
      label: 'Agregar o quitar etiquetas',
      description: 'Agrega etiquetas al contacto o las quita.',
      field: {
        action: {
          label: 'Acción',
          option: {
            add: 'Agregar',
            remove: 'Quitar',
          },
        },
        tags: {
          label: 'Etiquetas',
        },
      },
    },
    wait: {
      label: 'Esperar',
      description: 'Espera el tiempo indicado antes del siguiente paso.',
      field: {
        duration: {
          label: 'Esperar durante',
        },
      },
    },
    contactFieldUpdated: {
      label: 'Campo del contacto actualizado',
      description: 'Se inicia cuando cambia el valor del campo de contacto elegido.',
      field: {
        field: {
          label: 'Campo del contacto',
        },
      },
    },
    contactTagUpdated: {
      label: 'Etiqueta del contacto actualizada',
      description: 'Se inicia cuando la etiqueta elegida se agrega a un contacto o se le quita.',
      field: {
        action: {
          label: 'Cuando la etiqueta sea',
          option: {
            added: 'Agregada',
            removed: 'Quitada',
          },
        },
        tag: {
          label: 'Etiqueta',
        },
      },
      summary: {
        added: '{{tag}} agregada',
        removed: '{{tag}} quitada',
      },
    },
    conversationClosed: {
      label: 'Conversación cerrada',
      description: 'Se inicia cuando se cierra una conversación con un contacto, para cualquier categoría de cierre o solo las elegidas.',
      field: {
        categories: {
          label: 'Solo para categorías de cierre',
        },
      },
      summary: {
        anyCategory: 'Cualquier categoría',
      },
    },
    conversationOpened: {
      label: 'Conversación abierta',
      description: 'Se inicia cuando se abre una conversación con un contacto, en cualquier canal o solo en los elegidos.',
      field: {
        channels: {
          label: 'Solo en los canales',
        },
      },
      summary: {
        anyChannel: 'Cualquier canal',
      },
    },
    incomingWebhook: {
      label: 'Webhook entrante',
      description: 'Se inicia cuando otro sistema envía una solicitud a la URL de webhook de este flujo.',
      field: {
        identifier: {
          label: 'Identificar al contacto por',
          option: {
            phone: 'Número de teléfono',
            email: 'Correo electrónico',
            contactId: 'ID del contacto',
          },
        },
        identifierKey: {
          label: 'Clave en el cuerpo de la solicitud',
        },
      },
      identifierWord: {
        phone: 'teléfono',
        email: 'correo',
        contactId: 'ID del contacto',
      },
      summary: {
        contactBy: 'Contacto por {{identifier}}: {{identifierKey}}',
      },
    },
    manual: {
      label: 'Disparador manual',
      description: 'Se inicia cuando un usuario inscribe contactos en este flujo manualmente.',
    },
    shortcut: {
      label: 'Atajo',
      description: 'Se inicia cuando un agente ejecuta este atajo desde una conversación.',
      field: {
        name: {
          label: 'Nombre del atajo',
        },
        description: {
          label: 'Descripción',
        },
      },
    },
  },
  pipeline: {
    profile: {
      label: 'Pipeline kanban',
    },
    addTags: {
      label: 'Agregar etiquetas',
      description: 'Agrega etiquetas a la tarjeta.',
      field: {
        tags: {
          label: 'Etiquetas',
        },
      },
    },
    createTask: {
      field: {
        user: {
          label: 'Usuario',
        },
        title: {
          label: 'Título',
        },
        description: {
          label: 'Descripción',
        },
        dueInDays: {
          label: 'Vence en (días)',
          help: 'Días después de crear la tarea; 0 significa el mismo día.',
        },
        assignee: {
          label: 'Responsable',
          option: {
            cardLeader: 'Líder de la tarjeta',
            user: 'Un usuario específico',
          },
        },
      },
      label: 'Crear tarea',
      description: 'Crea una tarea en la tarjeta con fecha de vencimiento y responsable.',
      summary: {
        cardLeader: 'responsable de la tarjeta',
        task: 'Tarea “{{title}}” para {{who}}, vence en {{days}} d',
      },
    },
    moveCard: {
      field: {
        flow: {
          label: 'Flujo',
        },
        destination: {
          label: 'Destino',
          option: {
            column: 'Una columna de este pipeline',
            flow: 'Una columna de otro flujo',
          },
        },
        column: {
          label: 'Columna',
        },
      },
      label: 'Mover tarjeta',
      description: 'Mueve la tarjeta a una columna de este pipeline o de otro flujo.',
      summary: {
        moveTo: 'Mover a {{column}}',
        moveToFlow: 'Mover a {{column}} de {{flow}}',
      },
    },
    publishToClientFeed: {
      label: 'Publicar en el feed del cliente',
      description: 'Publica un mensaje para los contactos (personas, no empresas) vinculados a la tarjeta.',
      field: {
        message: {
          label: 'Mensaje',
        },
        audience: {
          label: 'Audiencia',
          option: {
            cardPersonContacts: 'Contactos persona vinculados a la tarjeta',
          },
        },
        author: {
          label: 'Autor',
        },
      },
      summary: {
        postToClientFeed: 'Publicar en el feed del cliente: “{{message}}”',
      },
    },
    sendEmail: {
      label: 'Enviar correo electrónico',
      description: 'Envía un correo a direcciones fijas o a personas vinculadas a la tarjeta.',
      field: {
        sender: {
          label: 'Remitente',
        },
        recipients: {
          label: 'Destinatarios',
          help: 'Direcciones de correo o los roles cardLeader, cardContacts y cardCreator.',
        },
        subject: {
          label: 'Asunto',
        },
        message: {
          label: 'Mensaje',
        },
        attachments: {
          label: 'Adjuntos',
        },
      },
      summary: {
        email: 'Correo “{{subject}}” a {{recipients}}',
      },
    },
    setCustomField: {
      label: 'Definir campo personalizado',
      description: 'Escribe un valor en un campo personalizado de la tarjeta.',
      field: {
        customField: {
          label: 'Campo personalizado',
        },
        value: {
          label: 'Valor',
        },
      },
      summary: {
        empty: '(vacío)',
      },
    },
    cardCreated: {
      label: 'Tarjeta creada',
      description: 'Se inicia cuando se crea una nueva tarjeta en este pipeline.',
      summary: {
        whenACardIs: 'Cuando se crea una tarjeta',
      },
    },
    cardEnteredColumn: {
      label: 'La tarjeta entra en la columna',
      description: 'Se inicia cuando una tarjeta se mueve a la columna elegida.',
      field: {
        column: {
          label: 'Columna',
        },
      },
      summary: {
        cardEnters: 'La tarjeta entra en “{{column}}”',
      },
    },
  },
  journeys: {
    profile: {
      label: 'Recorridos de marketing',
    },
    condition: {
      field: {
        segment: {
          label: 'Segmento',
        },
        customField: {
          label: 'Campo personalizado',
        },
        operator: {
          label: 'Operador',
        },
        value: {
          label: 'Valor',
        },
        products: {
          label: 'Productos',
        },
        condition: {
          label: 'Condición',
          option: {
            segment: 'Está en un segmento',
            customField: 'Valor de campo personalizado',
            productFilter: 'Filtro de productos',
          },
        },
      },
      port: {
        yes: 'Sí',
        no: 'No',
      },
      label: 'Condición',
      description: 'Divide el recorrido en dos según el segmento del contacto, un campo personalizado o productos.',
      fieldOperator: {
        equals: 'es igual a',
        notEquals: 'es distinto de',
        contains: 'contiene',
        notContains: 'no contiene',
        greaterThan: 'es mayor que',
        lessThan: 'es menor que',
        isSet: 'está completado',
        isNotSet: 'está vacío',
      },
      summary: {
        inSegment: 'En el segmento {{segment}}?',
        products: 'Productos: {{products}}?',
      },
    },
    customIntegration: {
      label: 'Integración personalizada',
      description: 'Envía los datos del contacto a una dirección web externa.',
      field: {
        url: {
          label: 'URL',
        },
        payload: {
          label: 'Contenido enviado',
        },
      },
      summary: {
        call: 'Llamar a {{url}}',
      },
    },
    end: {
      label: 'Fin',
      description: 'El contacto sale del recorrido aquí.',
      summary: {
        endOfJourney: 'Fin del recorrido',
      },
    },
    sendEmail: {
      label: 'Enviar correo electrónico',
      description: 'Envía un correo al contacto del recorrido.',
      field: {
        subject: {
          label: 'Asunto',
        },
        preheader: {
          label: 'Preencabezado',
        },
        body: {
          label: 'Cuerpo',
        },
        senderName: {
          label: 'Nombre del remitente',
        },
        senderEmail: {
          label: 'Correo del remitente',
        },
      },
      summary: {
        email: 'Correo “{{subject}}”',
      },
    },
    updateCustomField: {
      label: 'Actualizar campo personalizado',
      description: 'Asigna un valor a un campo personalizado del contacto.',
      field: {
        customField: {
          label: 'Campo personalizado',
        },
        value: {
          label: 'Valor',
        },
      },
      summary: {
        empty: '(vacío)',
      },
    },
    wait: {
      label: 'Esperar',
      description: 'Pausa el recorrido del contacto durante un tiempo definido.',
      field: {
        duration: {
          label: 'Duración',
        },
      },
      summary: {
        wait: 'Esperar {{duration}}',
      },
    },
    cartAbandoned: {
      label: 'Carrito abandonado',
      description: 'Se inicia cuando un contacto deja artículos en su carrito sin comprar durante el tiempo elegido.',
      field: {
        afterMinutes: {
          label: 'Después de (minutos)',
          help: 'Minutos sin actividad en el carrito antes de considerarlo abandonado (como máximo 7 días).',
        },
      },
      summary: {
        cartAbandonedFor: 'Carrito abandonado hace {{afterMinutes}} min',
      },
    },
    dateField: {
      label: 'Campo de fecha',
      description: 'Se inicia en una fecha relativa a un campo personalizado de fecha del contacto.',
      field: {
        customField: {
          label: 'Campo de fecha',
        },
        direction: {
          label: 'Cuándo',
          option: {
            before: 'Antes de la fecha',
            after: 'Después de la fecha',
          },
        },
        offsetDays: {
          label: 'Días',
          help: '0 significa en la misma fecha.',
        },
      },
      summary: {
        before: '{{days}} d antes de {{field}}',
        after: '{{days}} d después de {{field}}',
        on: 'En {{field}}',
      },
    },
    enteredSegment: {
      label: 'Entró en el segmento',
      description: 'Se inicia cuando un contacto pasa a formar parte del segmento elegido.',
      field: {
        segment: {
          label: 'Segmento',
        },
      },
      summary: {
        enters: 'Entra en {{segment}}',
      },
    },
    formSubmitted: {
      label: 'Formulario enviado',
      description: 'Se inicia cuando un contacto envía el formulario elegido.',
      field: {
        form: {
          label: 'Formulario',
        },
      },
      summary: {
        submits: 'Envía {{form}}',
      },
    },
    pageVisit: {
      label: 'Visita a la página',
      description: 'Se inicia cuando un contacto conocido visita una página cuya dirección coincide con el patrón.',
      field: {
        urlPattern: {
          label: 'Patrón de la dirección de la página',
        },
      },
      summary: {
        visits: 'Visita {{urlPattern}}',
      },
    },
  },
  'contact-center': {
    callFields: {
      field: {
        mediaPrompt: {
          label: 'Audio grabado',
        },
        text: {
          label: 'Texto a locutar',
        },
        inputTimeout: {
          label: 'Tiempo para marcar (segundos)',
        },
        maxAttempts: {
          label: 'Intentos',
          help: 'Tras este número de intentos sin respuesta válida, la llamada sale por "Sin respuesta" o "No válida".',
        },
        source: {
          option: {
            mediaPrompt: 'Audio grabado',
            tts: 'Texto a voz (TTS)',
          },
        },
      },
      port: {
        noInput: 'Sin respuesta',
        invalid: 'No válida',
      },
    },
    profile: {
      label: 'Centro de contacto',
    },
    queueFields: {
      field: {
        queue: {
          label: 'Cola',
        },
        timeout: {
          label: 'Espera máxima',
        },
      },
      summary: {
        queue: 'Cola {{queue}} (máx. {{minutes}} min)',
      },
    },
    businessHours: {
      port: {
        open: 'Abierto',
        closed: 'Cerrado',
      },
      label: 'Verificar horario de atención',
      description: 'Sigue por "Abierto" o "Cerrado" según un horario en el momento de la llamada.',
      field: {
        schedule: {
          label: 'Horario',
        },
      },
      summary: {
        hours: 'Horario: {{schedule}}',
      },
    },
    callReusableFlow: {
      label: 'Llamar a flujo reutilizable',
      description: 'Ejecuta un flujo reutilizable y luego continúa con el siguiente paso.',
      field: {
        flow: {
          label: 'Flujo reutilizable',
        },
      },
      summary: {
        run: 'Ejecutar {{flow}}',
      },
    },
    collectDigits: {
      field: {
        prompt: {
          label: 'Audio',
        },
        minDigits: {
          label: 'Mínimo de dígitos',
        },
        maxDigits: {
          label: 'Máximo de dígitos',
        },
        terminator: {
          label: 'Tecla de fin',
          option: {
            pound: '# (numeral)',
            star: '* (asterisco)',
            none: 'Ninguna: parar en el máximo',
          },
        },
        variable: {
          label: 'Guardar en la variable',
        },
      },
      label: 'Recopilar dígitos',
      description: 'Reproduce un audio y guarda en una variable los dígitos que marca quien llama.',
      summary: {
        digits: '{{count}} dígitos → {{variable}}',
      },
    },
    end: {
      label: 'Fin',
      description: 'Termina el flujo: cuelga en un flujo de cliente, vuelve al flujo que lo llamó en un flujo reutilizable.',
    },
    menu: {
      field: {
        id: {
          label: 'Id de la salida',
        },
        digit: {
          label: 'Tecla',
        },
        prompt: {
          label: 'Audio del menú',
        },
        options: {
          label: 'Opciones',
        },
        optionLabel: {
          label: 'Etiqueta',
        },
      },
      label: 'Menú',
      description: 'Reproduce un audio y dirige la llamada según la tecla que marque quien llama.',
      summary: {
        menu: 'Menú {{prompt}}',
      },
    },
    playPrompt: {
      label: 'Reproducir audio',
      description: 'Reproduce un audio grabado o lee un texto a quien llama con texto a voz.',
      field: {
        prompt: {
          label: 'Audio',
        },
      },
      summary: {
        play: 'Reproducir {{prompt}}',
      },
    },
    queueWithFlow: {
      label: 'Cola con flujo de espera',
      description: 'Pone la llamada en una cola y ejecuta un flujo reutilizable mientras quien llama espera.',
      field: {
        waitingFlow: {
          label: 'Flujo de espera (reutilizable)',
        },
      },
      summary: {
        waiting: '{{queue}}, espera: {{waitingFlow}}',
      },
    },
    queue: {
      label: 'Cola',
      description: 'Pone la llamada en una cola hasta que atienda un agente; sigue por "Tiempo agotado" si nadie atiende a tiempo.',
    },
    script: {
      label: 'Script',
      description: 'Ejecuta código personalizado. Un flujo con un script no se puede exportar ni importar.',
      field: {
        code: {
          label: 'Código',
        },
      },
      summary: {
        lines: 'Script ({{lines}} líneas)',
        oneLine: 'Script (1 línea)',
      },
    },
    setDisposition: {
      label: 'Definir tipificación',
      description: 'Clasifica la llamada con una lista de tipificaciones y una lista de motivos, para los informes.',
      field: {
        dispositionList: {
          label: 'Lista de tipificaciones',
        },
        reasonList: {
          label: 'Lista de motivos',
        },
      },
    },
    transfer: {
      field: {
        phoneNumber: {
          label: 'Número de teléfono',
        },
        queue: {
          label: 'Cola',
        },
        destination: {
          label: 'Transferir a',
          option: {
            phoneNumber: 'Un número de teléfono',
            queue: 'Una cola',
          },
        },
      },
      label: 'Transferir',
      description: 'Transfiere la llamada a un número de teléfono o a una cola.',
      summary: {
        transferTo: 'Transferir a {{destination}}',
      },
    },
    start: {
      label: 'Inicio',
      description: 'La llamada entra en el flujo aquí: una llamada entrante en un flujo de cliente, la llamada de otro flujo en un flujo reutilizable.',
    },
  },
};

/** What a lazy import of this language's catalog texts loads. */
export default catalogEs;
