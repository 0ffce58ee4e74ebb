import type { templatesEn } from '../en/templates';
import type { Translation } from '../translation';

/**
 * Os modelos embutidos em português do Brasil: nome, descrição, nome de cada passo e os textos
 * da configuração, pelas mesmas chaves do inglês. Os marcadores {{…}} e o HTML ficam como estão.
 */
export const templatesPtBR: Translation<typeof templatesEn> = {
  'conversations/close-conversation-bot-on': {
    name: 'Fechar a conversa e religar o bot',
    description:
      'Um atalho que os agentes usam ao terminar uma conversa: agradece ao contato, remove o responsável, volta o campo do contato Bot status para On, para que o bot responda à próxima mensagem do contato, e fecha a conversa como resolvida.',
    steps: {
      trigger: {
        name: 'Atalho: Fechar e religar o bot',
        config: {
          name: 'Fechar e religar o bot',
          description: 'Agradece ao contato, remove a sua atribuição, religa o bot e fecha a conversa.',
        },
      },
      'thank-contact': {
        name: 'Agradecer ao contato',
        config: {
          text: 'Obrigado por conversar com a gente, {{contact.firstName}}! Se precisar de mais alguma coisa, é só mandar uma mensagem aqui que o nosso assistente responde na hora.',
        },
      },
      unassign: { name: 'Remover a atribuição do agente' },
      'bot-on': { name: 'Religar o bot' },
      close: {
        name: 'Fechar como resolvida',
        config: {
          category: 'Resolvida',
          note: 'Fechada com o atalho “Fechar e religar o bot”; o bot responde à próxima mensagem deste contato.',
        },
      },
    },
  },
  'conversations/assign-to-agent': {
    name: 'Atribuir a um agente',
    description:
      'Quando uma conversa é aberta em qualquer canal, atribui a conversa a um agente online do espaço de trabalho por rodízio. Se nenhum agente online assumir em 10 minutos, o contato fica sabendo que a equipe está ocupada e a conversa vai para o agente com menos conversas abertas, online ou não; um comentário a sinaliza se ela continuar sem atribuição depois de 7 dias.',
    steps: {
      trigger: { name: 'Conversa aberta' },
      'assign-online': { name: 'Atribuir a um agente online' },
      'team-busy': {
        name: 'Avisar o contato que a equipe está ocupada',
        config: {
          text: 'Obrigado por aguardar, {{contact.firstName}}. Nossa equipe está ocupada agora; o primeiro agente que ficar disponível vai responder aqui.',
        },
      },
      'assign-any': { name: 'Atribuir ao agente menos ocupado' },
      'flag-unassigned': {
        name: 'Sinalizar como sem atribuição',
        config: { text: 'Nenhum agente assumiu esta conversa nos 7 dias depois de aberta. Atribua a conversa manualmente.' },
      },
    },
  },
  'conversations/sales-auto-assignment': {
    name: 'Atribuição automática para equipes de vendas',
    description:
      'Distribui os novos leads por igual entre a equipe de vendas: quando uma conversa é aberta, o contato recebe as boas-vindas e a conversa vai por rodízio para um vendedor online com menos de 20 conversas abertas, com uma nota interna para o agente. Se ninguém estiver livre em 15 minutos, o contato fica sabendo que um especialista vai responder em breve e recebe uma tag de acompanhamento de vendas.',
    steps: {
      trigger: { name: 'Conversa aberta' },
      welcome: {
        name: 'Dar as boas-vindas ao lead',
        config: { text: 'Olá, {{contact.firstName}}, obrigado pelo interesse! Um dos nossos especialistas em vendas vai atender você em instantes.' },
      },
      'assign-sales': { name: 'Atribuir a Vendas (rodízio)' },
      'lead-note': {
        name: 'Nota para o vendedor',
        config: { text: 'Novo lead vindo de {{conversation.channel}}, atribuído por rodízio. Responda em até 5 minutos para não perder o interesse do lead.' },
      },
      'sales-busy': {
        name: 'Todos os vendedores ocupados',
        config: {
          text: 'Nossos especialistas em vendas estão todos atendendo outros clientes agora. Guardamos o seu lugar e um deles vai responder aqui assim que estiver livre.',
        },
      },
      'tag-follow-up': { name: 'Marcar com a tag de acompanhamento de vendas' },
    },
  },
  'conversations/support-auto-assignment': {
    name: 'Atribuição automática para equipes de suporte',
    description:
      'Leva os clientes rapidamente a um agente: quando uma conversa é aberta, o contato é convidado a descrever o problema enquanto a conversa vai para o agente de suporte online com menos conversas abertas. Se ninguém assumir em 10 minutos, o contato fica sabendo que a equipe está ocupada e a conversa é oferecida a toda a equipe de suporte, online ou não.',
    steps: {
      trigger: { name: 'Conversa aberta' },
      welcome: {
        name: 'Pedir os detalhes',
        config: {
          text: 'Olá, {{contact.firstName}}, obrigado por falar com o suporte! Conte o que aconteceu, com o número do pedido ou da conta se tiver, e um agente vai atender você em breve.',
        },
      },
      'assign-support': { name: 'Atribuir ao Suporte ao Cliente (menos conversas abertas)' },
      'support-busy': {
        name: 'Avisar o contato que a equipe está ocupada',
        config: {
          text: 'Obrigado pela paciência, {{contact.firstName}}. Todos os nossos agentes estão ajudando outros clientes agora; o primeiro que ficar disponível vai responder aqui.',
        },
      },
      'tag-waiting': { name: 'Marcar como aguardando suporte' },
      'assign-support-any': { name: 'Atribuir a qualquer agente de suporte' },
      'flag-unassigned': {
        name: 'Sinalizar para o líder de suporte',
        config: { text: 'Esta conversa esperou um dia sem agente. Líder de suporte: atribua a conversa, por favor.' },
      },
    },
  },
  'conversations/high-priority-support-assignment': {
    name: 'Atribuição automática para suporte prioritário',
    description:
      'Atende primeiro os clientes prioritários: contatos VIP e clientes do plano de suporte Premium vão para a equipe de Suporte Prioritário, para o agente online com menos conversas abertas (no máximo 5 cada um). Se nenhum agente prioritário assumir em 5 minutos, a conversa é escalada para o Suporte ao Cliente com uma nota. Todos os demais vão direto para o Suporte ao Cliente.',
    steps: {
      trigger: { name: 'Conversa aberta' },
      'check-priority': {
        name: 'Cliente prioritário?',
        config: {
          'conditions[0].name': 'VIP',
          'conditions[1].name': 'Plano Premium',
          'conditions[0].value': 'VIP',
          'conditions[1].value': 'Premium',
        },
      },
      'assign-priority': { name: 'Atribuir ao Suporte Prioritário' },
      'priority-greeting': {
        name: 'Saudação prioritária',
        config: { text: 'Olá, {{contact.firstName}}, aqui é {{assignee.firstName}}, do Suporte Prioritário. Já estou cuidando do seu caso: como posso ajudar?' },
      },
      'escalation-note': {
        name: 'Registrar a escalação',
        config: { text: 'Cliente prioritário: nenhum agente do Suporte Prioritário ficou livre em 5 minutos. Responda primeiro, por favor.' },
      },
      'assign-support': { name: 'Atribuir ao Suporte ao Cliente' },
      'support-busy': {
        name: 'Avisar o contato que a equipe está ocupada',
        config: {
          text: 'Obrigado pela paciência, {{contact.firstName}}. Todos os nossos agentes estão ajudando outros clientes agora; o primeiro que ficar disponível vai responder aqui.',
        },
      },
    },
  },
  'conversations/assigned-agent-message': {
    name: 'Mensagem do agente atribuído',
    description:
      'Mostra ao contato quem está cuidando dele: quando uma conversa é aberta, ela é atribuída a um agente online do espaço de trabalho com menos conversas abertas, e o contato recebe uma mensagem que apresenta esse agente pelo nome. Se ninguém estiver livre em 15 minutos, o contato fica sabendo que um agente vai se apresentar assim que houver um disponível.',
    steps: {
      trigger: { name: 'Conversa aberta' },
      assign: { name: 'Atribuir a um agente online' },
      'introduce-agent': {
        name: 'Apresentar o agente atribuído',
        config: {
          text: 'Olá, {{contact.firstName}}, eu sou {{assignee.firstName}} e vou acompanhar o seu atendimento hoje. Estou lendo a sua mensagem agora e já respondo.',
        },
      },
      'no-agent-yet': {
        name: 'Nenhum agente livre ainda',
        config: {
          text: 'Obrigado pela mensagem, {{contact.firstName}}. Todos os nossos agentes estão ocupados no momento; o próximo que ficar disponível vai se apresentar aqui.',
        },
      },
    },
  },
  'conversations/out-of-hours-message': {
    name: 'Mensagem fora do horário',
    description:
      'Quando uma conversa é aberta fora do horário comercial (de segunda a sexta, das 9h às 18h no horário de Nova York), informa ao contato quando a equipe volta e aplica uma tag para o acompanhamento pela manhã. Durante o horário comercial o fluxo não faz nada, e os fluxos de atribuição de sempre cuidam da conversa.',
    steps: {
      trigger: { name: 'Conversa aberta' },
      'business-hours': { name: 'Dentro do horário comercial?' },
      'out-of-hours-message': {
        name: 'Mensagem fora do horário',
        config: {
          text: 'Olá, {{contact.firstName}}, obrigado pela mensagem! Nossa equipe atende de segunda a sexta, das 9h às 18h (horário de Nova York). Vamos responder aqui assim que voltarmos.',
        },
      },
      'tag-after-hours': { name: 'Marcar para acompanhamento pela manhã' },
    },
  },
  'conversations/agents-at-capacity-message': {
    name: 'Mensagem de agentes no limite',
    description:
      'Mantém a carga de cada agente sob controle: uma nova conversa só vai para um agente online com menos de 10 conversas abertas. Quando todos os agentes estão no limite por 5 minutos, o contato fica sabendo da situação, recebe a tag de aguardando, e a conversa é atribuída assim que um agente tiver espaço (um comentário a sinaliza se isso levar mais de um dia).',
    steps: {
      trigger: { name: 'Conversa aberta' },
      assign: { name: 'Atribuir a um agente com capacidade' },
      'at-capacity': {
        name: 'Agentes no limite',
        config: {
          text: 'Obrigado pelo contato, {{contact.firstName}}! Todos os nossos agentes estão ajudando outros clientes agora. Você não precisa fazer nada: o seu lugar está guardado e um agente vai responder aqui assim que estiver livre.',
        },
      },
      'tag-waiting': { name: 'Marcar como aguardando um agente' },
      'assign-when-free': { name: 'Atribuir quando um agente tiver espaço' },
      'untag-waiting': { name: 'Remover a tag de aguardando' },
      'flag-waiting': {
        name: 'Sinalizar a longa espera',
        config: { text: 'Todos os agentes estão no limite há um dia e este contato continua aguardando. Atribua a conversa manualmente.' },
      },
    },
  },
  'conversations/agent-routing': {
    name: 'Roteamento para agentes',
    description:
      'Pergunta ao contato do que ele precisa (vendas, suporte ou cobrança) e encaminha a conversa para um agente online dessa equipe. Respostas pouco claras vão para o Suporte ao Cliente; se o contato não responder em uma hora, a conversa é fechada. Quando a equipe escolhida não tem ninguém livre por 15 minutos, o contato fica sabendo que um agente vai responder em breve.',
    steps: {
      trigger: { name: 'Conversa aberta' },
      'ask-department': {
        name: 'Perguntar do que o contato precisa',
        config: {
          question: 'Olá, {{contact.firstName}}! Para encaminhar você à equipe certa, conte: como podemos ajudar?',
          'options[0]': 'Quero comprar',
          'options[1]': 'Ajuda com um pedido',
          'options[2]': 'Cobrança e pagamentos',
          invalidAnswerMessage: 'Desculpe, não entendi. Escolha uma das opções, por favor.',
        },
      },
      route: {
        name: 'Encaminhar pela resposta',
        config: {
          'conditions[0].name': 'Vendas',
          'conditions[1].name': 'Cobrança',
          'conditions[0].value': 'Quero comprar',
          'conditions[1].value': 'Cobrança e pagamentos',
        },
      },
      'assign-sales': { name: 'Atribuir a Vendas' },
      'assign-billing': { name: 'Atribuir a Cobrança' },
      'assign-support': { name: 'Atribuir ao Suporte ao Cliente' },
      'team-busy': {
        name: 'Equipe ocupada',
        config: { text: 'Obrigado, {{contact.firstName}}! Todos da equipe estão atendendo outros clientes agora; o primeiro que ficar livre vai responder aqui.' },
      },
      'close-no-answer': {
        name: 'Fechar: sem resposta',
        config: { category: 'Sem resposta', note: 'O contato não escolheu uma equipe em uma hora.' },
      },
    },
  },
  'conversations/csat-survey-http': {
    name: 'Pesquisa de satisfação enviada a um endpoint HTTP',
    description:
      'Quando uma conversa é fechada, pede ao contato uma nota de 1 a 5 e o que poderia ser melhor, depois envia a nota, o comentário e os dados da conversa em JSON para o endpoint da sua pesquisa (um app web de planilha, uma ferramenta de BI ou a sua própria API). Se o endpoint falhar, as respostas ficam guardadas como comentário no contato.',
    steps: {
      trigger: { name: 'Conversa fechada' },
      'ask-rating': {
        name: 'Pedir uma nota',
        config: {
          question: 'Obrigado por falar com a gente, {{contact.firstName}}! Que nota você dá para o atendimento que recebeu hoje?',
          'options[0]': '5 - Excelente',
          'options[1]': '4 - Bom',
          'options[2]': '3 - Regular',
          'options[3]': '2 - Ruim',
          'options[4]': '1 - Muito ruim',
          invalidAnswerMessage: 'Escolha uma das notas de 1 a 5, por favor.',
        },
      },
      'ask-comment': {
        name: 'Perguntar o que poderia ser melhor',
        config: { question: 'Obrigado! Tem algo que poderíamos ter feito melhor? É só escrever a sua resposta.' },
      },
      'post-survey': { name: 'Enviar as respostas ao endpoint da pesquisa' },
      'thank-you': {
        name: 'Agradecer ao contato',
        config: { text: 'Obrigado pela sua opinião, {{contact.firstName}}! Ela nos ajuda a melhorar todos os dias.' },
      },
      'keep-answers': {
        name: 'Guardar as respostas como comentário',
        config: { text: 'As respostas de CSAT não puderam ser enviadas ao endpoint da pesquisa. Nota: {{csatRating}}. Comentário: {{csatComment}}' },
      },
      'no-rating': {
        name: 'Nota: sem avaliação',
        config: { text: 'O contato não avaliou esta conversa.' },
      },
    },
  },
  'pipeline/client-onboarding': {
    name: 'Onboarding de clientes',
    description:
      'Automações de coluna para o onboarding de um novo cliente. Quando um card entra em Onboarding: aplica a tag de novo cliente, marca o onboarding como em andamento, envia por e-mail a mensagem de boas-vindas aos contatos do cliente, dá ao líder do card as tarefas da reunião de kickoff e da configuração e publica as boas-vindas no feed do cliente. Quando o card entra em Em produção: marca o onboarding como concluído e anuncia isso no feed do cliente. A métrica do fluxo mede os dias entre a assinatura e a entrada em produção.',
    steps: {
      'enters-onboarding': { name: 'Card entra em Onboarding', config: { column: 'Onboarding' } },
      'tag-new-client': { name: 'Marcar como novo cliente' },
      'status-in-progress': { name: 'Onboarding em andamento' },
      'welcome-email': {
        name: 'E-mail de boas-vindas ao cliente',
        config: {
          subject: 'Boas-vindas, {{card.title}}!',
          message:
            'Olá, {{contact.first_name}},\n\nObrigado por escolher a gente. O seu onboarding começa hoje: {{card.leader.name}} é o líder do seu projeto e vai ligar para você em até dois dias úteis para agendar o kickoff.\n\nVocê pode acompanhar cada passo do onboarding no seu feed do cliente.\n\nBoas-vindas,\n{{card.leader.name}}',
        },
      },
      'kickoff-task': {
        name: 'Tarefa da reunião de kickoff',
        config: {
          title: 'Agendar a reunião de kickoff',
          description: 'Combinar com o cliente os objetivos, os contatos principais e a data de entrada em produção, e depois registrar tudo no card.',
        },
      },
      'setup-task': {
        name: 'Tarefa de configuração da conta',
        config: {
          title: 'Configurar a conta do cliente',
          description: 'Criar os usuários do cliente, importar os dados dele e conferir os acessos antes da reunião de kickoff.',
        },
      },
      'welcome-post': {
        name: 'Post de boas-vindas no feed do cliente',
        config: {
          message:
            'Boas-vindas! O seu onboarding começou. O líder do seu projeto vai entrar em contato em até dois dias úteis para agendar a reunião de kickoff. Você vai ver cada passo do onboarding aqui.',
        },
      },
      'enters-live': { name: 'Card entra em Em produção', config: { column: 'Em produção' } },
      'status-live': { name: 'Onboarding concluído' },
      'live-post': {
        name: 'Post de entrada em produção no feed do cliente',
        config: {
          message:
            'Tudo pronto! O onboarding foi concluído e a sua conta já pode ser usada. Obrigado por trabalhar com a gente; o seu gerente de conta vai falar com você no mês que vem.',
        },
      },
    },
  },
  'journeys/abandoned-cart': {
    name: 'Carrinho abandonado',
    description:
      'Recupera carrinhos abandonados em três passos. Uma hora depois do abandono, os contatos que não compraram recebem um lembrete; um dia depois, quem ainda não comprou recebe um código de frete grátis; dois dias depois, um e-mail de última chance. Os contatos que compram saem da jornada na verificação seguinte.',
    steps: {
      trigger: { name: 'Carrinho abandonado há uma hora' },
      'check-1': { name: 'Comprou nesse meio-tempo?' },
      'end-bought-1': { name: 'Comprou antes do lembrete' },
      'reminder-email': {
        name: 'Lembrete: itens no seu carrinho',
        config: {
          subject: 'Você esqueceu algo no seu carrinho',
          preheader: 'Seus itens estão guardados: finalize o pedido com um clique.',
          body: '<p>Olá, {{contact.first_name}},</p>\n<p>Você deixou algumas coisas no seu carrinho. Guardamos tudo para você.</p>\n<p><a href="{{cart.url}}">Voltar ao carrinho</a></p>\n<p>Até logo,<br>Equipe da Loja</p>',
          senderName: 'Equipe da Loja',
        },
      },
      'wait-1d': { name: 'Aguardar 1 dia' },
      'check-2': { name: 'Comprou depois do lembrete?' },
      'end-bought-2': { name: 'Recuperado pelo lembrete' },
      'offer-email': {
        name: 'Oferta de frete grátis',
        config: {
          subject: 'Frete grátis no seu carrinho, por 48 horas',
          preheader: 'Use o código SHIPFREE na finalização da compra antes que expire.',
          body: '<p>Olá, {{contact.first_name}},</p>\n<p>Seu carrinho ainda está esperando por você. Finalize o pedido nas próximas 48 horas com o código <strong>SHIPFREE</strong> e o frete fica por nossa conta.</p>\n<p><a href="{{cart.url}}">Finalizar meu pedido</a></p>\n<p>Equipe da Loja</p>',
          senderName: 'Equipe da Loja',
        },
      },
      'wait-2d': { name: 'Aguardar 2 dias' },
      'check-3': { name: 'Comprou depois da oferta?' },
      'end-bought-3': { name: 'Recuperado pela oferta' },
      'last-chance-email': {
        name: 'Última chance',
        config: {
          subject: 'Última chance: seu carrinho expira hoje',
          preheader: 'Só conseguimos guardar seus itens por pouco tempo.',
          body: '<p>Olá, {{contact.first_name}},</p>\n<p>Só conseguimos guardar os itens do seu carrinho até o fim do dia de hoje, e alguns deles estão acabando rápido.</p>\n<p><a href="{{cart.url}}">Finalizar meu pedido</a></p>\n<p>Equipe da Loja</p>',
          senderName: 'Equipe da Loja',
        },
      },
      end: { name: 'Fim' },
    },
  },
  'journeys/welcome-series': {
    name: 'Série de boas-vindas',
    description:
      'Dá as boas-vindas aos novos assinantes da newsletter com três e-mails ao longo de uma semana: as boas-vindas com o que esperar, a história da marca e os mais vendidos dois dias depois e, para quem ainda não comprou, um desconto na primeira compra cinco dias mais tarde. O campo personalizado Welcome series registra onde cada contato terminou.',
    steps: {
      trigger: { name: 'Assina a newsletter' },
      'welcome-email': {
        name: 'E-mail de boas-vindas',
        config: {
          subject: 'Boas-vindas, {{contact.first_name}}! Veja o que vem por aí',
          preheader: 'Novidades, dicas e ofertas exclusivas para assinantes, uma vez por semana.',
          body: '<p>Olá, {{contact.first_name}},</p>\n<p>Obrigado por assinar! Uma vez por semana você vai receber as nossas novidades, dicas da nossa equipe e ofertas que só os assinantes veem.</p>\n<p><a href="{{site.url}}">Começar a explorar</a></p>\n<p>Equipe da Loja</p>',
          senderName: 'Equipe da Loja',
        },
      },
      'wait-2d': { name: 'Aguardar 2 dias' },
      'story-email': {
        name: 'Nossa história e os mais vendidos',
        config: {
          subject: 'A história por trás da nossa loja',
          preheader: 'Como começamos e os produtos que os nossos clientes mais amam.',
          body: '<p>Olá, {{contact.first_name}},</p>\n<p>Começamos com uma ideia: bons produtos, feitos para durar. Estes são os mais vendidos, que os nossos clientes sempre voltam para comprar.</p>\n<p><a href="{{site.url}}/best-sellers">Ver os mais vendidos</a></p>\n<p>Equipe da Loja</p>',
          senderName: 'Equipe da Loja',
        },
      },
      'wait-5d': { name: 'Aguardar 5 dias' },
      'check-customer': { name: 'Já comprou?' },
      'mark-converted': { name: 'Registrar: convertido' },
      'end-converted': { name: 'Comprou durante a série' },
      'discount-email': {
        name: 'Desconto na primeira compra',
        config: {
          subject: '10% de desconto na sua primeira compra',
          preheader: 'Seu código de boas-vindas WELCOME10 vale por 14 dias.',
          body: '<p>Olá, {{contact.first_name}},</p>\n<p>Para agradecer por você estar com a gente, aqui vai 10% de desconto na sua primeira compra com o código <strong>WELCOME10</strong>, válido por 14 dias.</p>\n<p><a href="{{site.url}}">Comprar agora</a></p>\n<p>Equipe da Loja</p>',
          senderName: 'Equipe da Loja',
        },
      },
      'mark-completed': { name: 'Registrar: concluído' },
      end: { name: 'Fim' },
    },
  },
  'contact-center/sales-ivr': {
    name: 'URA de vendas',
    description:
      'Número principal de uma linha de vendas. No horário de vendas, quem liga tecla 1 para comprar (fila de Vendas), 2 para um pedido existente (fila de Pedidos) ou 3 para suporte técnico (transferido para a central de suporte); quem não tecla nada vai para Vendas. Quando ninguém atende, a pessoa ouve um pedido de desculpas e a chamada é classificada como não atendida. Fora do horário de vendas, o fluxo reutilizável Fora do horário atende a chamada.',
    steps: {
      start: { name: 'Início' },
      'sales-hours': { name: 'Equipe de vendas atendendo?' },
      'main-menu': {
        name: 'Menu principal',
        config: {
          'prompt.text':
            'Obrigado por ligar para a nossa linha de vendas. Para comprar um produto ou pedir um orçamento, tecle 1. Para um pedido existente, tecle 2. Para suporte técnico, tecle 3.',
          'options[0].label': 'Vendas',
          'options[1].label': 'Pedidos',
          'options[2].label': 'Suporte',
        },
      },
      'sales-queue': { name: 'Fila de Vendas' },
      'orders-queue': { name: 'Fila de Pedidos' },
      'support-desk': { name: 'Transferir para a central de suporte' },
      'nobody-available': {
        name: 'Ninguém disponível',
        config: {
          'prompt.text':
            'Desculpe, não há ninguém disponível para atender a sua ligação agora. Ligue novamente mais tarde ou deixe o seu número no nosso site que retornamos a ligação.',
        },
      },
      'classify-unanswered': { name: 'Classificar como não atendida' },
      'hang-up': { name: 'Desligar' },
      'after-hours': { name: 'Fora do horário' },
      'hang-up-closed': { name: 'Desligar' },
    },
  },
  'contact-center/after-hours': {
    name: 'Fora do horário',
    description:
      'Fluxo reutilizável para ligações fora do horário comercial: informa que o escritório está fechado e quando abre, oferece a linha de emergência no 9 e classifica a chamada como contato fora do horário antes de voltar ao fluxo que o chamou.',
    steps: {
      start: { name: 'Início' },
      'closed-menu': {
        name: 'Mensagem de fechado',
        config: {
          'prompt.text':
            'Obrigado por ligar. Nosso escritório está fechado agora. Atendemos de segunda a sexta, das 8 da manhã às 6 da tarde. Se for uma emergência, tecle 9 para falar com a equipe de plantão. Caso contrário, ligue novamente no horário de atendimento ou visite o nosso site.',
          'options[0].label': 'Linha de emergência',
        },
      },
      'emergency-line': { name: 'Transferir para a equipe de plantão' },
      'on-call-unavailable': {
        name: 'Equipe de plantão indisponível',
        config: { 'prompt.text': 'Desculpe, a equipe de plantão não pode atender a sua ligação agora. Tente novamente em alguns minutos.' },
      },
      classify: { name: 'Classificar como fora do horário' },
      end: { name: 'Voltar ao fluxo que chamou' },
    },
  },
};
