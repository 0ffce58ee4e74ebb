/**
 * English texts of the step catalog: each profile's types, fields, options, ports and summaries; the source every other language translates.
 * Keyed by profile, then type (or the helper that shares texts between types), then field.
 * Summaries fill `{{name}}` placeholders from a step's config (`inLocale` in shared/catalog/labels.ts).
 */
export const catalogEn = {
  common: {
    commonFields: {
      field: {
        active: {
          label: 'Active',
        },
      },
      port: {
        next: 'Next',
        timeout: 'Timeout',
        failure: 'Failure',
        else: 'Else',
      },
    },
    kindLabels: {
      kind: {
        user: 'user',
        contact: 'contact',
        team: 'team',
        channel: 'channel',
        tag: 'tag',
        customField: 'custom field',
        segment: 'segment',
        form: 'form',
        product: 'product',
        queue: 'queue',
        mediaPrompt: 'media prompt',
        dispositionList: 'disposition list',
        reasonList: 'reason list',
        schedule: 'schedule',
        flow: 'flow',
        attachment: 'attachment',
      },
    },
    reportFields: {
      flow: {
        name: 'Flow name',
        description: 'Flow description',
        entities: 'Entities the flow declares',
        meta: 'Flow metadata',
        extensions: 'Extension data',
      },
      step: {
        name: 'Step name',
        extensions: 'Extension data of the step',
      },
      connection: {
        extensions: 'Extension data of a connection',
      },
    },
    // A field's format rule, said when a value breaks it.
    formatHints: {
      variableName: 'use letters, digits and _, not starting with a digit',
      httpAddress: 'use an http:// or https:// address without spaces',
      headerName: 'a header name has no spaces or separators',
      jumpTarget: 'choose a step of this workflow',
      time24: 'use 24-hour HH:MM',
      closingAfterOpening: 'the closing time must come after the opening time',
      timeZone: 'use an IANA time zone such as America/Sao_Paulo',
      phoneE164: 'use the international format: + country code and number, digits only (+14155550142)',
      distinctChoices: 'each choice must be different',
      noStepWithId: 'there is no step with id "{{id}}" in this flow',
      branchIdUsed: 'the branch id "{{id}}" is already used',
      atLeastMinimum: 'must be at least the minimum ({{minimum}})',
      keyUsed: 'key {{key}} is already used by another option',
      portIdTaken: 'port id "{{id}}" is already taken',
    },
  },
  conversations: {
    profile: {
      label: 'Conversations',
    },
    stepFields: {
      field: {
        timeout: {
          label: 'Timeout after',
        },
      },
    },
    addComment: {
      label: 'Add comment',
      description: 'Adds an internal comment for agents; the contact does not see it.',
      field: {
        text: {
          label: 'Comment',
        },
      },
    },
    askQuestion: {
      port: {
        answered: 'Answered',
      },
      label: 'Ask a question',
      description: 'Asks the contact a question and waits for the answer, optionally saving it to a contact field.',
      field: {
        question: {
          label: 'Question',
        },
        answerType: {
          label: 'Answer type',
          option: {
            text: 'Text',
            multipleChoice: 'Multiple choice',
            number: 'Number',
            date: 'Date',
            phone: 'Phone number',
            email: 'Email',
          },
        },
        options: {
          label: 'Choices',
        },
        invalidAnswerMessage: {
          label: 'Message for an invalid answer',
        },
        variable: {
          label: 'Save answer as variable',
        },
        saveTo: {
          label: 'Save answer to contact field',
        },
      },
    },
    assignTo: {
      port: {
        assigned: 'Assigned',
      },
      label: 'Assign to',
      description: 'Assigns the conversation to a user, a member of a team or any user of the workspace.',
      field: {
        mode: {
          label: 'Assign to',
          option: {
            user: 'A specific user',
            team: 'A user in a team',
            workspace: 'A user in the workspace',
          },
        },
        user: {
          label: 'User',
        },
        team: {
          label: 'Team',
        },
        rule: {
          label: 'Assignment rule',
          option: {
            roundRobin: 'Round robin',
            leastOpen: 'Fewest open conversations',
          },
        },
        onlyOnline: {
          label: 'Only online users',
        },
        maxOpenConversations: {
          label: 'Only users with fewer open conversations than',
        },
      },
      summary: {
        roundRobin: 'round robin',
        fewestOpen: 'fewest open',
        workspace: 'Workspace ({{rule}})',
      },
    },
    branch: {
      field: {
        name: {
          label: 'Branch name',
        },
        field: {
          label: 'Field or variable',
          help: 'For example contact.country, contact.tags or a question’s variable such as productInterest.',
        },
        operator: {
          label: 'Operator',
          option: {
            equals: 'is equal to',
            notEquals: 'is not equal to',
            contains: 'contains',
            notContains: 'does not contain',
            startsWith: 'starts with',
            greaterThan: 'is greater than',
            lessThan: 'is less than',
            isEmpty: 'is empty',
            isNotEmpty: 'is not empty',
          },
        },
        value: {
          label: 'Value',
        },
        conditions: {
          label: 'Branches',
        },
      },
      label: 'Branch',
      description: 'Follows the first branch whose condition holds, otherwise the else branch.',
      summary: {
        branches: '{{count}} branches + else',
        oneBranch: '1 branch + else',
      },
    },
    closeConversation: {
      label: 'Close conversation',
      description: 'Closes the conversation, with an optional closing category and note.',
      field: {
        category: {
          label: 'Closing category',
        },
        note: {
          label: 'Closing note',
        },
      },
    },
    dateTime: {
      port: {
        open: 'Open',
        closed: 'Closed',
      },
      field: {
        day: {
          label: 'Day',
          option: {
            monday: 'Monday',
            tuesday: 'Tuesday',
            wednesday: 'Wednesday',
            thursday: 'Thursday',
            friday: 'Friday',
            saturday: 'Saturday',
            sunday: 'Sunday',
          },
        },
        from: {
          label: 'From',
        },
        to: {
          label: 'To',
        },
        timezone: {
          label: 'Time zone',
        },
        schedule: {
          label: 'Business hours',
        },
      },
      label: 'Date & time',
      description: 'Follows “open” during business hours and “closed” outside them.',
      summary: {
        periods: '{{count}} opening periods',
        onePeriod: '1 opening period',
      },
    },
    httpRequest: {
      port: {
        success: 'Success',
      },
      field: {
        name: {
          label: 'Header',
        },
        value: {
          label: 'Value',
        },
        method: {
          label: 'Method',
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
          label: 'Headers',
        },
        body: {
          label: 'Body',
        },
        responseVariable: {
          label: 'Save response as variable',
        },
      },
      label: 'HTTP request',
      description: 'Sends a request to an external API and can save the response in a variable.',
    },
    jumpTo: {
      label: 'Jump to',
      description: 'Continues at another step of this workflow.',
      field: {
        target: {
          label: 'Step to jump to',
        },
      },
    },
    openConversation: {
      label: 'Open conversation',
      description: 'Opens a conversation with the contact.',
    },
    sendMessage: {
      label: 'Send a message',
      description: 'Sends a message to the contact; {{variables}} are replaced with contact and workflow data.',
      field: {
        channel: {
          label: 'Channel',
          help: 'Leave empty to use the contact’s last interacted channel.',
        },
        text: {
          label: 'Message',
        },
      },
    },
    triggerWorkflow: {
      label: 'Trigger another workflow',
      description: 'Starts another workflow for the contact.',
      field: {
        flow: {
          label: 'Workflow',
        },
      },
    },
    unassign: {
      label: 'Unassign',
      description: 'Removes the user or team the conversation is assigned to.',
    },
    updateContactField: {
      label: 'Update contact field',
      description: 'Sets the value of a contact field; an empty value clears it.',
      field: {
        field: {
          label: 'Contact field',
        },
        value: {
          label: 'Value',
        },
      },
      summary: {
        empty: '(empty)',
      },
    },
    updateTags: {
      label: 'Add or remove tags',
      description: 'Adds tags to the contact or removes them.',
      field: {
        action: {
          label: 'Action',
          option: {
            add: 'Add',
            remove: 'Remove',
          },
        },
        tags: {
          label: 'Tags',
        },
      },
    },
    wait: {
      label: 'Wait',
      description: 'Waits for the given time before the next step.',
      field: {
        duration: {
          label: 'Wait for',
        },
      },
    },
    contactFieldUpdated: {
      label: 'Contact field updated',
      description: 'Starts when the value of the chosen contact field changes.',
      field: {
        field: {
          label: 'Contact field',
        },
      },
    },
    contactTagUpdated: {
      label: 'Contact tag updated',
      description: 'Starts when the chosen tag is added to or removed from a contact.',
      field: {
        action: {
          label: 'When the tag is',
          option: {
            added: 'Added',
            removed: 'Removed',
          },
        },
        tag: {
          label: 'Tag',
        },
      },
      summary: {
        added: '{{tag}} added',
        removed: '{{tag}} removed',
      },
    },
    conversationClosed: {
      label: 'Conversation closed',
      description: 'Starts when a conversation with a contact is closed, for any closing category or only the chosen ones.',
      field: {
        categories: {
          label: 'Only for closing categories',
        },
      },
      summary: {
        anyCategory: 'Any category',
      },
    },
    conversationOpened: {
      label: 'Conversation opened',
      description: 'Starts when a conversation with a contact is opened, on any channel or only on the chosen ones.',
      field: {
        channels: {
          label: 'Only on channels',
        },
      },
      summary: {
        anyChannel: 'Any channel',
      },
    },
    incomingWebhook: {
      label: 'Incoming webhook',
      description: 'Starts when another system sends a request to this workflow’s webhook URL.',
      field: {
        identifier: {
          label: 'Identify the contact by',
          option: {
            phone: 'Phone number',
            email: 'Email',
            contactId: 'Contact ID',
          },
        },
        identifierKey: {
          label: 'Key in the request body',
        },
      },
      identifierWord: {
        phone: 'phone',
        email: 'email',
        contactId: 'contact ID',
      },
      summary: {
        contactBy: 'Contact by {{identifier}}: {{identifierKey}}',
      },
    },
    manual: {
      label: 'Manual trigger',
      description: 'Starts when a user enrols contacts in this workflow by hand.',
    },
    shortcut: {
      label: 'Shortcut',
      description: 'Starts when an agent runs this shortcut from a conversation.',
      field: {
        name: {
          label: 'Shortcut name',
        },
        description: {
          label: 'Description',
        },
      },
    },
  },
  pipeline: {
    profile: {
      label: 'Kanban pipeline',
    },
    addTags: {
      label: 'Add tags',
      description: 'Adds tags to the card.',
      field: {
        tags: {
          label: 'Tags',
        },
      },
    },
    createTask: {
      field: {
        user: {
          label: 'User',
        },
        title: {
          label: 'Title',
        },
        description: {
          label: 'Description',
        },
        dueInDays: {
          label: 'Due in (days)',
          help: 'Days after the task is created; 0 means the same day.',
        },
        assignee: {
          label: 'Assignee',
          option: {
            cardLeader: 'Card leader',
            user: 'A specific user',
          },
        },
      },
      label: 'Create task',
      description: 'Creates a task on the card with a due date and an assignee.',
      summary: {
        cardLeader: 'card leader',
        task: 'Task “{{title}}” for {{who}}, due in {{days}} d',
      },
    },
    moveCard: {
      field: {
        flow: {
          label: 'Flow',
        },
        destination: {
          label: 'Destination',
          option: {
            column: 'A column of this pipeline',
            flow: 'A column of another flow',
          },
        },
        column: {
          label: 'Column',
        },
      },
      label: 'Move card',
      description: 'Moves the card to a column of this pipeline or of another flow.',
      summary: {
        moveTo: 'Move to {{column}}',
        moveToFlow: 'Move to {{column}} of {{flow}}',
      },
    },
    publishToClientFeed: {
      label: 'Publish to client feed',
      description: 'Posts a message to the contacts (people, not companies) linked to the card.',
      field: {
        message: {
          label: 'Message',
        },
        audience: {
          label: 'Audience',
          option: {
            cardPersonContacts: 'Person contacts linked to the card',
          },
        },
        author: {
          label: 'Author',
        },
      },
      summary: {
        postToClientFeed: 'Post to client feed: “{{message}}”',
      },
    },
    sendEmail: {
      label: 'Send email',
      description: 'Sends an email to fixed addresses or to people linked to the card.',
      field: {
        sender: {
          label: 'Sender',
        },
        recipients: {
          label: 'Recipients',
          help: 'Email addresses, or the roles cardLeader, cardContacts and cardCreator.',
        },
        subject: {
          label: 'Subject',
        },
        message: {
          label: 'Message',
        },
        attachments: {
          label: 'Attachments',
        },
      },
      summary: {
        email: 'Email “{{subject}}” to {{recipients}}',
      },
    },
    setCustomField: {
      label: 'Set custom field',
      description: 'Writes a value into a custom field of the card.',
      field: {
        customField: {
          label: 'Custom field',
        },
        value: {
          label: 'Value',
        },
      },
      summary: {
        empty: '(empty)',
      },
    },
    cardCreated: {
      label: 'Card created',
      description: 'Starts when a new card is created in this pipeline.',
      summary: {
        whenACardIs: 'When a card is created',
      },
    },
    cardEnteredColumn: {
      label: 'Card enters column',
      description: 'Starts when a card is moved into the chosen column.',
      field: {
        column: {
          label: 'Column',
        },
      },
      summary: {
        cardEnters: 'Card enters “{{column}}”',
      },
    },
  },
  journeys: {
    profile: {
      label: 'Marketing journeys',
    },
    condition: {
      field: {
        segment: {
          label: 'Segment',
        },
        customField: {
          label: 'Custom field',
        },
        operator: {
          label: 'Operator',
        },
        value: {
          label: 'Value',
        },
        products: {
          label: 'Products',
        },
        condition: {
          label: 'Condition',
          option: {
            segment: 'Is in a segment',
            customField: 'Custom field value',
            productFilter: 'Product filter',
          },
        },
      },
      port: {
        yes: 'Yes',
        no: 'No',
      },
      label: 'Condition',
      description: 'Splits the journey in two depending on the contact’s segment, a custom field or products.',
      fieldOperator: {
        equals: 'equals',
        notEquals: 'does not equal',
        contains: 'contains',
        notContains: 'does not contain',
        greaterThan: 'is greater than',
        lessThan: 'is less than',
        isSet: 'is filled in',
        isNotSet: 'is empty',
      },
      summary: {
        inSegment: 'In segment {{segment}}?',
        products: 'Products: {{products}}?',
      },
    },
    customIntegration: {
      label: 'Custom integration',
      description: 'Sends the contact’s data to an external web address.',
      field: {
        url: {
          label: 'URL',
        },
        payload: {
          label: 'Payload',
        },
      },
      summary: {
        call: 'Call {{url}}',
      },
    },
    end: {
      label: 'End',
      description: 'The contact leaves the journey here.',
      summary: {
        endOfJourney: 'End of journey',
      },
    },
    sendEmail: {
      label: 'Send email',
      description: 'Sends an email to the contact in the journey.',
      field: {
        subject: {
          label: 'Subject',
        },
        preheader: {
          label: 'Preheader',
        },
        body: {
          label: 'Body',
        },
        senderName: {
          label: 'Sender name',
        },
        senderEmail: {
          label: 'Sender email',
        },
      },
      summary: {
        email: 'Email “{{subject}}”',
      },
    },
    updateCustomField: {
      label: 'Update custom field',
      description: 'Sets a custom field of the contact to a value.',
      field: {
        customField: {
          label: 'Custom field',
        },
        value: {
          label: 'Value',
        },
      },
      summary: {
        empty: '(empty)',
      },
    },
    wait: {
      label: 'Wait',
      description: 'Pauses the journey for the contact for a set time.',
      field: {
        duration: {
          label: 'Duration',
        },
      },
      summary: {
        wait: 'Wait {{duration}}',
      },
    },
    cartAbandoned: {
      label: 'Cart abandoned',
      description: 'Starts when a contact leaves items in their cart without buying for the chosen time.',
      field: {
        afterMinutes: {
          label: 'After (minutes)',
          help: 'Minutes without cart activity before the cart counts as abandoned (at most 7 days).',
        },
      },
      summary: {
        cartAbandonedFor: 'Cart abandoned for {{afterMinutes}} min',
      },
    },
    dateField: {
      label: 'Date field',
      description: 'Starts on a date relative to a date custom field of the contact.',
      field: {
        customField: {
          label: 'Date field',
        },
        direction: {
          label: 'When',
          option: {
            before: 'Before the date',
            after: 'After the date',
          },
        },
        offsetDays: {
          label: 'Days',
          help: '0 means on the date itself.',
        },
      },
      summary: {
        before: '{{days}} d before {{field}}',
        after: '{{days}} d after {{field}}',
        on: 'On {{field}}',
      },
    },
    enteredSegment: {
      label: 'Entered segment',
      description: 'Starts when a contact becomes part of the chosen segment.',
      field: {
        segment: {
          label: 'Segment',
        },
      },
      summary: {
        enters: 'Enters {{segment}}',
      },
    },
    formSubmitted: {
      label: 'Form submitted',
      description: 'Starts when a contact submits the chosen form.',
      field: {
        form: {
          label: 'Form',
        },
      },
      summary: {
        submits: 'Submits {{form}}',
      },
    },
    pageVisit: {
      label: 'Page visit',
      description: 'Starts when a known contact visits a page whose address matches the pattern.',
      field: {
        urlPattern: {
          label: 'Page address pattern',
        },
      },
      summary: {
        visits: 'Visits {{urlPattern}}',
      },
    },
  },
  'contact-center': {
    callFields: {
      field: {
        mediaPrompt: {
          label: 'Recorded prompt',
        },
        text: {
          label: 'Text to speak',
        },
        inputTimeout: {
          label: 'Input timeout (seconds)',
        },
        maxAttempts: {
          label: 'Attempts',
          help: 'After this many attempts without a valid answer the call leaves through "No input" or "Invalid".',
        },
        source: {
          option: {
            mediaPrompt: 'Recorded prompt',
            tts: 'Text-to-speech',
          },
        },
      },
      port: {
        noInput: 'No input',
        invalid: 'Invalid',
      },
    },
    profile: {
      label: 'Contact center',
    },
    queueFields: {
      field: {
        queue: {
          label: 'Queue',
        },
        timeout: {
          label: 'Maximum wait',
        },
      },
      summary: {
        queue: 'Queue {{queue}} (max {{minutes}} min)',
      },
    },
    businessHours: {
      port: {
        open: 'Open',
        closed: 'Closed',
      },
      label: 'Business hours check',
      description: 'Continues through "Open" or "Closed" depending on a schedule at the time of the call.',
      field: {
        schedule: {
          label: 'Schedule',
        },
      },
      summary: {
        hours: 'Hours: {{schedule}}',
      },
    },
    callReusableFlow: {
      label: 'Call reusable flow',
      description: 'Runs a reusable flow, then continues with the next step.',
      field: {
        flow: {
          label: 'Reusable flow',
        },
      },
      summary: {
        run: 'Run {{flow}}',
      },
    },
    collectDigits: {
      field: {
        prompt: {
          label: 'Prompt',
        },
        minDigits: {
          label: 'Minimum digits',
        },
        maxDigits: {
          label: 'Maximum digits',
        },
        terminator: {
          label: 'End key',
          option: {
            pound: '# (pound)',
            star: '* (star)',
            none: 'None: stop at the maximum',
          },
        },
        variable: {
          label: 'Save to variable',
        },
      },
      label: 'Collect digits',
      description: 'Plays a prompt and saves the digits the caller types in a variable.',
      summary: {
        digits: '{{count}} digits → {{variable}}',
      },
    },
    end: {
      label: 'End',
      description: 'Ends the flow: hangs up in a customer flow, returns to the calling flow in a reusable flow.',
    },
    menu: {
      field: {
        id: {
          label: 'Port id',
        },
        digit: {
          label: 'Key',
        },
        prompt: {
          label: 'Menu prompt',
        },
        options: {
          label: 'Options',
        },
        optionLabel: {
          label: 'Label',
        },
      },
      label: 'Menu',
      description: 'Plays a prompt and routes the call by the key the caller presses.',
      summary: {
        menu: 'Menu {{prompt}}',
      },
    },
    playPrompt: {
      label: 'Play prompt',
      description: 'Plays a recorded prompt or reads a text to the caller with text-to-speech.',
      field: {
        prompt: {
          label: 'Prompt',
        },
      },
      summary: {
        play: 'Play {{prompt}}',
      },
    },
    queueWithFlow: {
      label: 'Queue with waiting flow',
      description: 'Puts the call in a queue and runs a reusable flow for the caller while they wait.',
      field: {
        waitingFlow: {
          label: 'Waiting flow (reusable)',
        },
      },
      summary: {
        waiting: '{{queue}}, waiting: {{waitingFlow}}',
      },
    },
    queue: {
      label: 'Queue',
      description: 'Puts the call in a queue until an agent answers; continues through "Timeout" if nobody answers in time.',
    },
    script: {
      label: 'Script',
      description: 'Runs custom code. A flow containing a script cannot be exported or imported.',
      field: {
        code: {
          label: 'Code',
        },
      },
      summary: {
        lines: 'Script ({{lines}} lines)',
        oneLine: 'Script (1 line)',
      },
    },
    setDisposition: {
      label: 'Set disposition',
      description: 'Classifies the call with a disposition list and a reason list, for reports.',
      field: {
        dispositionList: {
          label: 'Disposition list',
        },
        reasonList: {
          label: 'Reason list',
        },
      },
    },
    transfer: {
      field: {
        phoneNumber: {
          label: 'Phone number',
        },
        queue: {
          label: 'Queue',
        },
        destination: {
          label: 'Transfer to',
          option: {
            phoneNumber: 'A phone number',
            queue: 'A queue',
          },
        },
      },
      label: 'Transfer',
      description: 'Transfers the call to a phone number or to a queue.',
      summary: {
        transferTo: 'Transfer to {{destination}}',
      },
    },
    start: {
      label: 'Start',
      description: 'The call enters the flow here: an incoming call for a customer flow, a call from another flow for a reusable flow.',
    },
  },
};

/** What a lazy import of this language's catalog texts loads. */
export default catalogEn;
