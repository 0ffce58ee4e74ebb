import type { Translation } from '../translation';
import type { catalogEn } from '../en/catalog';

/**
 * Brazilian Portuguese texts of the step catalog.
 */
export const catalogPtBR: Translation<typeof catalogEn> = {
  common: {
    commonFields: {
      field: {
        active: {
          label: 'Ativa',
        },
      },
      port: {
        next: 'Próximo',
        timeout: 'Tempo esgotado',
        failure: 'Falha',
        else: 'Senão',
      },
    },
    kindLabels: {
      kind: {
        user: 'usuário',
        contact: 'contato',
        team: 'equipe',
        channel: 'canal',
        tag: 'etiqueta',
        customField: 'campo personalizado',
        segment: 'segmento',
        form: 'formulário',
        product: 'produto',
        queue: 'fila',
        mediaPrompt: 'áudio',
        dispositionList: 'lista de disposições',
        reasonList: 'lista de motivos',
        schedule: 'horário',
        flow: 'fluxo',
        attachment: 'anexo',
      },
    },
    reportFields: {
      flow: {
        name: 'Nome do fluxo',
        description: 'Descrição do fluxo',
        entities: 'Entidades que o fluxo declara',
        meta: 'Metadados do fluxo',
        extensions: 'Dados de extensões',
      },
      step: {
        name: 'Nome do passo',
        extensions: 'Dados de extensões do passo',
      },
      connection: {
        extensions: 'Dados de extensões de uma conexão',
      },
    },
    // A field's format rule, said when a value breaks it.
    formatHints: {
      variableName: 'use letras, dígitos e _, sem começar por um dígito',
      httpAddress: 'use um endereço http:// ou https:// sem espaços',
      headerName: 'um nome de cabeçalho não tem espaços nem separadores',
      jumpTarget: 'escolha um passo deste fluxo de trabalho',
      time24: 'use o formato de 24 horas HH:MM',
      closingAfterOpening: 'o horário de fechamento deve ser depois do de abertura',
      timeZone: 'use um fuso horário IANA como America/Sao_Paulo',
      phoneE164: 'use o formato internacional: + código do país e número, só dígitos (+14155550142)',
      distinctChoices: 'cada opção deve ser diferente',
      noStepWithId: 'não há nenhum passo com id "{{id}}" neste fluxo',
      branchIdUsed: 'o id de ramo "{{id}}" já está em uso',
      atLeastMinimum: 'deve ser pelo menos o mínimo ({{minimum}})',
      keyUsed: 'a tecla {{key}} já é usada por outra opção',
      portIdTaken: 'o id de saída "{{id}}" já está em uso',
    },
  },
  conversations: {
    profile: {
      label: 'Conversas',
    },
    stepFields: {
      field: {
        timeout: {
          label: 'Tempo limite',
        },
      },
    },
    addComment: {
      label: 'Adicionar comentário',
      description: 'Adiciona um comentário interno para os agentes; o contato não o vê.',
      field: {
        text: {
          label: 'Comentário',
        },
      },
    },
    askQuestion: {
      port: {
        answered: 'Respondida',
      },
      label: 'Fazer uma pergunta',
      description: 'Faz uma pergunta ao contato e aguarda a resposta, podendo salvá-la em um campo do contato.',
      field: {
        question: {
          label: 'Pergunta',
        },
        answerType: {
          label: 'Tipo de resposta',
          option: {
            text: 'Texto',
            multipleChoice: 'Múltipla escolha',
            number: 'Número',
            date: 'Data',
            phone: 'Número de telefone',
            email: 'E-mail',
          },
        },
        options: {
          label: 'Opções',
        },
        invalidAnswerMessage: {
          label: 'Mensagem para resposta inválida',
        },
        variable: {
          label: 'Salvar resposta como variável',
        },
        saveTo: {
          label: 'Salvar resposta no campo do contato',
        },
      },
    },
    assignTo: {
      port: {
        assigned: 'Atribuída',
      },
      label: 'Atribuir a',
      description: 'Atribui a conversa a um usuário, a um membro de uma equipe ou a qualquer usuário do espaço de trabalho.',
      field: {
        mode: {
          label: 'Atribuir a',
          option: {
            user: 'Um usuário específico',
            team: 'Um usuário de uma equipe',
            workspace: 'Um usuário do espaço de trabalho',
          },
        },
        user: {
          label: 'Usuário',
        },
        team: {
          label: 'Equipe',
        },
        rule: {
          label: 'Regra de atribuição',
          option: {
            roundRobin: 'Rodízio',
            leastOpen: 'Menos conversas abertas',
          },
        },
        onlyOnline: {
          label: 'Somente usuários online',
        },
        maxOpenConversations: {
          label: 'Somente usuários com menos conversas abertas que',
        },
      },
      summary: {
        roundRobin: 'rodízio',
        fewestOpen: 'menos abertas',
        workspace: 'Espaço de trabalho ({{rule}})',
      },
    },
    branch: {
      field: {
        name: {
          label: 'Nome do ramo',
        },
        field: {
          label: 'Campo ou variável',
          help: 'Por exemplo contact.country, contact.tags ou a variável de uma pergunta, como productInterest.',
        },
        operator: {
          label: 'Operador',
          option: {
            equals: 'é igual a',
            notEquals: 'é diferente de',
            contains: 'contém',
            notContains: 'não contém',
            startsWith: 'começa com',
            greaterThan: 'é maior que',
            lessThan: 'é menor que',
            isEmpty: 'está vazio',
            isNotEmpty: 'não está vazio',
          },
        },
        value: {
          label: 'Valor',
        },
        conditions: {
          label: 'Ramos',
        },
      },
      label: 'Ramificação',
      description: 'Segue o primeiro ramo cuja condição é verdadeira; senão, o ramo senão.',
      summary: {
        branches: '{{count}} ramos + senão',
        oneBranch: '1 ramo + senão',
      },
    },
    closeConversation: {
      label: 'Fechar conversa',
      description: 'Fecha a conversa, com categoria e nota de fechamento opcionais.',
      field: {
        category: {
          label: 'Categoria de fechamento',
        },
        note: {
          label: 'Nota de fechamento',
        },
      },
    },
    dateTime: {
      port: {
        open: 'Aberto',
        closed: 'Fechado',
      },
      field: {
        day: {
          label: 'Dia',
          option: {
            monday: 'Segunda-feira',
            tuesday: 'Terça-feira',
            wednesday: 'Quarta-feira',
            thursday: 'Quinta-feira',
            friday: 'Sexta-feira',
            saturday: 'Sábado',
            sunday: 'Domingo',
          },
        },
        from: {
          label: 'Das',
        },
        to: {
          label: 'Até',
        },
        timezone: {
          label: 'Fuso horário',
        },
        schedule: {
          label: 'Horário comercial',
        },
      },
      label: 'Data e hora',
      description: 'Segue “aberto” no horário comercial e “fechado” fora dele.',
      summary: {
        periods: '{{count}} períodos de atendimento',
        onePeriod: '1 período de atendimento',
      },
    },
    httpRequest: {
      port: {
        success: 'Sucesso',
      },
      field: {
        name: {
          label: 'Cabeçalho',
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
          label: 'Cabeçalhos',
        },
        body: {
          label: 'Corpo',
        },
        responseVariable: {
          label: 'Salvar resposta como variável',
        },
      },
      label: 'Requisição HTTP',
      description: 'Envia uma requisição a uma API externa e pode salvar a resposta em uma variável.',
    },
    jumpTo: {
      label: 'Ir para',
      description: 'Continua em outro passo deste fluxo.',
      field: {
        target: {
          label: 'Passo de destino',
        },
      },
    },
    openConversation: {
      label: 'Abrir conversa',
      description: 'Abre uma conversa com o contato.',
    },
    sendMessage: {
      label: 'Enviar uma mensagem',
      description: 'Envia uma mensagem ao contato; as {{variáveis}} são substituídas por dados do contato e do fluxo.',
      field: {
        channel: {
          label: 'Canal',
          help: 'Deixe vazio para usar o último canal em que o contato interagiu.',
        },
        text: {
          label: 'Mensagem',
        },
      },
    },
    triggerWorkflow: {
      label: 'Acionar outro fluxo',
      description: 'Inicia outro fluxo para o contato.',
      field: {
        flow: {
          label: 'Fluxo',
        },
      },
    },
    unassign: {
      label: 'Remover atribuição',
      description: 'Remove o usuário ou a equipe a que a conversa está atribuída.',
    },
    updateContactField: {
      label: 'Atualizar campo do contato',
      description: 'Define o valor de um campo do contato; um valor vazio o limpa.',
      field: {
        field: {
          label: 'Campo do contato',
        },
        value: {
          label: 'Valor',
        },
      },
      summary: {
        empty: '(vazio)',
      },
    },
    updateTags: {
      label: 'Adicionar ou remover tags',
      description: 'Adiciona tags ao contato ou as remove.',
      field: {
        action: {
          label: 'Ação',
          option: {
            add: 'Adicionar',
            remove: 'Remover',
          },
        },
        tags: {
          label: 'Tags',
        },
      },
    },
    wait: {
      label: 'Aguardar',
      description: 'Aguarda o tempo indicado antes do próximo passo.',
      field: {
        duration: {
          label: 'Aguardar por',
        },
      },
    },
    contactFieldUpdated: {
      label: 'Campo do contato atualizado',
      description: 'Inicia quando o valor do campo de contato escolhido muda.',
      field: {
        field: {
          label: 'Campo do contato',
        },
      },
    },
    contactTagUpdated: {
      label: 'Tag do contato atualizada',
      description: 'Inicia quando a tag escolhida é adicionada a um contato ou removida dele.',
      field: {
        action: {
          label: 'Quando a tag for',
          option: {
            added: 'Adicionada',
            removed: 'Removida',
          },
        },
        tag: {
          label: 'Tag',
        },
      },
      summary: {
        added: '{{tag}} adicionada',
        removed: '{{tag}} removida',
      },
    },
    conversationClosed: {
      label: 'Conversa fechada',
      description: 'Inicia quando uma conversa com um contato é fechada, para qualquer categoria de fechamento ou apenas as escolhidas.',
      field: {
        categories: {
          label: 'Somente para categorias de fechamento',
        },
      },
      summary: {
        anyCategory: 'Qualquer categoria',
      },
    },
    conversationOpened: {
      label: 'Conversa aberta',
      description: 'Inicia quando uma conversa com um contato é aberta, em qualquer canal ou apenas nos escolhidos.',
      field: {
        channels: {
          label: 'Somente nos canais',
        },
      },
      summary: {
        anyChannel: 'Qualquer canal',
      },
    },
    incomingWebhook: {
      label: 'Webhook de entrada',
      description: 'Inicia quando outro sistema envia uma requisição para a URL de webhook deste fluxo.',
      field: {
        identifier: {
          label: 'Identificar o contato por',
          option: {
            phone: 'Número de telefone',
            email: 'E-mail',
            contactId: 'ID do contato',
          },
        },
        identifierKey: {
          label: 'Chave no corpo da requisição',
        },
      },
      identifierWord: {
        phone: 'telefone',
        email: 'e-mail',
        contactId: 'ID do contato',
      },
      summary: {
        contactBy: 'Contato por {{identifier}}: {{identifierKey}}',
      },
    },
    manual: {
      label: 'Gatilho manual',
      description: 'Inicia quando um usuário inscreve contatos neste fluxo manualmente.',
    },
    shortcut: {
      label: 'Atalho',
      description: 'Inicia quando um agente executa este atalho em uma conversa.',
      field: {
        name: {
          label: 'Nome do atalho',
        },
        description: {
          label: 'Descrição',
        },
      },
    },
  },
  pipeline: {
    profile: {
      label: 'Pipeline kanban',
    },
    addTags: {
      label: 'Adicionar tags',
      description: 'Adiciona tags ao card.',
      field: {
        tags: {
          label: 'Tags',
        },
      },
    },
    createTask: {
      field: {
        user: {
          label: 'Usuário',
        },
        title: {
          label: 'Título',
        },
        description: {
          label: 'Descrição',
        },
        dueInDays: {
          label: 'Prazo (dias)',
          help: 'Dias após a criação da tarefa; 0 significa no mesmo dia.',
        },
        assignee: {
          label: 'Responsável',
          option: {
            cardLeader: 'Líder do card',
            user: 'Um usuário específico',
          },
        },
      },
      label: 'Criar tarefa',
      description: 'Cria uma tarefa no card com prazo e responsável.',
      summary: {
        cardLeader: 'responsável pelo card',
        task: 'Tarefa “{{title}}” para {{who}}, prazo de {{days}} d',
      },
    },
    moveCard: {
      field: {
        flow: {
          label: 'Fluxo',
        },
        destination: {
          label: 'Destino',
          option: {
            column: 'Uma coluna deste pipeline',
            flow: 'Uma coluna de outro fluxo',
          },
        },
        column: {
          label: 'Coluna',
        },
      },
      label: 'Mover card',
      description: 'Move o card para uma coluna deste pipeline ou de outro fluxo.',
      summary: {
        moveTo: 'Mover para {{column}}',
        moveToFlow: 'Mover para {{column}} de {{flow}}',
      },
    },
    publishToClientFeed: {
      label: 'Publicar no feed do cliente',
      description: 'Publica uma mensagem para os contatos (pessoas, não empresas) ligados ao card.',
      field: {
        message: {
          label: 'Mensagem',
        },
        audience: {
          label: 'Público',
          option: {
            cardPersonContacts: 'Contatos pessoa ligados ao card',
          },
        },
        author: {
          label: 'Autor',
        },
      },
      summary: {
        postToClientFeed: 'Publicar no feed do cliente: “{{message}}”',
      },
    },
    sendEmail: {
      label: 'Enviar e-mail',
      description: 'Envia um e-mail para endereços fixos ou para pessoas ligadas ao card.',
      field: {
        sender: {
          label: 'Remetente',
        },
        recipients: {
          label: 'Destinatários',
          help: 'Endereços de e-mail ou os papéis cardLeader, cardContacts e cardCreator.',
        },
        subject: {
          label: 'Assunto',
        },
        message: {
          label: 'Mensagem',
        },
        attachments: {
          label: 'Anexos',
        },
      },
      summary: {
        email: 'E-mail “{{subject}}” para {{recipients}}',
      },
    },
    setCustomField: {
      label: 'Definir campo personalizado',
      description: 'Grava um valor em um campo personalizado do card.',
      field: {
        customField: {
          label: 'Campo personalizado',
        },
        value: {
          label: 'Valor',
        },
      },
      summary: {
        empty: '(vazio)',
      },
    },
    cardCreated: {
      label: 'Card criado',
      description: 'Inicia quando um novo card é criado neste pipeline.',
      summary: {
        whenACardIs: 'Quando um card é criado',
      },
    },
    cardEnteredColumn: {
      label: 'Card entra na coluna',
      description: 'Inicia quando um card é movido para a coluna escolhida.',
      field: {
        column: {
          label: 'Coluna',
        },
      },
      summary: {
        cardEnters: 'Card entra em “{{column}}”',
      },
    },
  },
  journeys: {
    profile: {
      label: 'Jornadas de marketing',
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
          label: 'Produtos',
        },
        condition: {
          label: 'Condição',
          option: {
            segment: 'Está em um segmento',
            customField: 'Valor de campo personalizado',
            productFilter: 'Filtro de produtos',
          },
        },
      },
      port: {
        yes: 'Sim',
        no: 'Não',
      },
      label: 'Condição',
      description: 'Divide a jornada em duas conforme o segmento do contato, um campo personalizado ou produtos.',
      fieldOperator: {
        equals: 'é igual a',
        notEquals: 'é diferente de',
        contains: 'contém',
        notContains: 'não contém',
        greaterThan: 'é maior que',
        lessThan: 'é menor que',
        isSet: 'está preenchido',
        isNotSet: 'está vazio',
      },
      summary: {
        inSegment: 'No segmento {{segment}}?',
        products: 'Produtos: {{products}}?',
      },
    },
    customIntegration: {
      label: 'Integração personalizada',
      description: 'Envia os dados do contato para um endereço web externo.',
      field: {
        url: {
          label: 'URL',
        },
        payload: {
          label: 'Conteúdo enviado',
        },
      },
      summary: {
        call: 'Chamar {{url}}',
      },
    },
    end: {
      label: 'Fim',
      description: 'O contato sai da jornada aqui.',
      summary: {
        endOfJourney: 'Fim da jornada',
      },
    },
    sendEmail: {
      label: 'Enviar e-mail',
      description: 'Envia um e-mail para o contato na jornada.',
      field: {
        subject: {
          label: 'Assunto',
        },
        preheader: {
          label: 'Pré-cabeçalho',
        },
        body: {
          label: 'Corpo',
        },
        senderName: {
          label: 'Nome do remetente',
        },
        senderEmail: {
          label: 'E-mail do remetente',
        },
      },
      summary: {
        email: 'E-mail “{{subject}}”',
      },
    },
    updateCustomField: {
      label: 'Atualizar campo personalizado',
      description: 'Define um campo personalizado do contato com um valor.',
      field: {
        customField: {
          label: 'Campo personalizado',
        },
        value: {
          label: 'Valor',
        },
      },
      summary: {
        empty: '(vazio)',
      },
    },
    wait: {
      label: 'Aguardar',
      description: 'Pausa a jornada do contato por um tempo definido.',
      field: {
        duration: {
          label: 'Duração',
        },
      },
      summary: {
        wait: 'Esperar {{duration}}',
      },
    },
    cartAbandoned: {
      label: 'Carrinho abandonado',
      description: 'Inicia quando um contato deixa itens no carrinho sem comprar pelo tempo escolhido.',
      field: {
        afterMinutes: {
          label: 'Após (minutos)',
          help: 'Minutos sem atividade no carrinho até ele contar como abandonado (no máximo 7 dias).',
        },
      },
      summary: {
        cartAbandonedFor: 'Carrinho abandonado há {{afterMinutes}} min',
      },
    },
    dateField: {
      label: 'Campo de data',
      description: 'Inicia em uma data relativa a um campo personalizado de data do contato.',
      field: {
        customField: {
          label: 'Campo de data',
        },
        direction: {
          label: 'Quando',
          option: {
            before: 'Antes da data',
            after: 'Depois da data',
          },
        },
        offsetDays: {
          label: 'Dias',
          help: '0 significa na própria data.',
        },
      },
      summary: {
        before: '{{days}} d antes de {{field}}',
        after: '{{days}} d depois de {{field}}',
        on: 'Em {{field}}',
      },
    },
    enteredSegment: {
      label: 'Entrou no segmento',
      description: 'Inicia quando um contato passa a fazer parte do segmento escolhido.',
      field: {
        segment: {
          label: 'Segmento',
        },
      },
      summary: {
        enters: 'Entra em {{segment}}',
      },
    },
    formSubmitted: {
      label: 'Formulário enviado',
      description: 'Inicia quando um contato envia o formulário escolhido.',
      field: {
        form: {
          label: 'Formulário',
        },
      },
      summary: {
        submits: 'Envia {{form}}',
      },
    },
    pageVisit: {
      label: 'Visita à página',
      description: 'Inicia quando um contato conhecido visita uma página cujo endereço corresponde ao padrão.',
      field: {
        urlPattern: {
          label: 'Padrão do endereço da página',
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
          label: 'Áudio gravado',
        },
        text: {
          label: 'Texto a ser falado',
        },
        inputTimeout: {
          label: 'Tempo para digitar (segundos)',
        },
        maxAttempts: {
          label: 'Tentativas',
          help: 'Após esse número de tentativas sem resposta válida, a chamada segue por "Sem resposta" ou "Inválida".',
        },
        source: {
          option: {
            mediaPrompt: 'Áudio gravado',
            tts: 'Texto para fala (TTS)',
          },
        },
      },
      port: {
        noInput: 'Sem resposta',
        invalid: 'Inválida',
      },
    },
    profile: {
      label: 'Central de atendimento',
    },
    queueFields: {
      field: {
        queue: {
          label: 'Fila',
        },
        timeout: {
          label: 'Espera máxima',
        },
      },
      summary: {
        queue: 'Fila {{queue}} (máx. {{minutes}} min)',
      },
    },
    businessHours: {
      port: {
        open: 'Aberto',
        closed: 'Fechado',
      },
      label: 'Verificar horário de atendimento',
      description: 'Segue por "Aberto" ou "Fechado" conforme uma agenda de horários no momento da chamada.',
      field: {
        schedule: {
          label: 'Agenda de horários',
        },
      },
      summary: {
        hours: 'Horário: {{schedule}}',
      },
    },
    callReusableFlow: {
      label: 'Chamar fluxo reutilizável',
      description: 'Executa um fluxo reutilizável e depois segue para o próximo passo.',
      field: {
        flow: {
          label: 'Fluxo reutilizável',
        },
      },
      summary: {
        run: 'Executar {{flow}}',
      },
    },
    collectDigits: {
      field: {
        prompt: {
          label: 'Áudio',
        },
        minDigits: {
          label: 'Mínimo de dígitos',
        },
        maxDigits: {
          label: 'Máximo de dígitos',
        },
        terminator: {
          label: 'Tecla de término',
          option: {
            pound: '# (cerquilha)',
            star: '* (asterisco)',
            none: 'Nenhuma: parar no máximo',
          },
        },
        variable: {
          label: 'Salvar na variável',
        },
      },
      label: 'Coletar dígitos',
      description: 'Toca um áudio e salva numa variável os dígitos que a pessoa digita.',
      summary: {
        digits: '{{count}} dígitos → {{variable}}',
      },
    },
    end: {
      label: 'Fim',
      description: 'Encerra o fluxo: desliga num fluxo de cliente, volta ao fluxo chamador num fluxo reutilizável.',
    },
    menu: {
      field: {
        id: {
          label: 'Id da saída',
        },
        digit: {
          label: 'Tecla',
        },
        prompt: {
          label: 'Áudio do menu',
        },
        options: {
          label: 'Opções',
        },
        optionLabel: {
          label: 'Rótulo',
        },
      },
      label: 'Menu',
      description: 'Toca um áudio e direciona a chamada conforme a tecla digitada.',
      summary: {
        menu: 'Menu {{prompt}}',
      },
    },
    playPrompt: {
      label: 'Tocar áudio',
      description: 'Toca um áudio gravado ou lê um texto para quem liga usando texto para fala.',
      field: {
        prompt: {
          label: 'Áudio',
        },
      },
      summary: {
        play: 'Tocar {{prompt}}',
      },
    },
    queueWithFlow: {
      label: 'Fila com fluxo de espera',
      description: 'Coloca a chamada numa fila e executa um fluxo reutilizável enquanto a pessoa aguarda.',
      field: {
        waitingFlow: {
          label: 'Fluxo de espera (reutilizável)',
        },
      },
      summary: {
        waiting: '{{queue}}, espera: {{waitingFlow}}',
      },
    },
    queue: {
      label: 'Fila',
      description: 'Coloca a chamada numa fila até um agente atender; segue por "Tempo esgotado" se ninguém atender a tempo.',
    },
    script: {
      label: 'Script',
      description: 'Executa código personalizado. Um fluxo com script não pode ser exportado nem importado.',
      field: {
        code: {
          label: 'Código',
        },
      },
      summary: {
        lines: 'Script ({{lines}} linhas)',
        oneLine: 'Script (1 linha)',
      },
    },
    setDisposition: {
      label: 'Definir tabulação',
      description: 'Classifica a chamada com uma lista de tabulações e uma lista de motivos, para os relatórios.',
      field: {
        dispositionList: {
          label: 'Lista de tabulações',
        },
        reasonList: {
          label: 'Lista de motivos',
        },
      },
    },
    transfer: {
      field: {
        phoneNumber: {
          label: 'Número de telefone',
        },
        queue: {
          label: 'Fila',
        },
        destination: {
          label: 'Transferir para',
          option: {
            phoneNumber: 'Um número de telefone',
            queue: 'Uma fila',
          },
        },
      },
      label: 'Transferir',
      description: 'Transfere a chamada para um número de telefone ou para uma fila.',
      summary: {
        transferTo: 'Transferir para {{destination}}',
      },
    },
    start: {
      label: 'Início',
      description: 'A chamada entra no fluxo aqui: uma ligação recebida num fluxo de cliente, a chamada de outro fluxo num fluxo reutilizável.',
    },
  },
};

/** What a lazy import of this language's catalog texts loads. */
export default catalogPtBR;
