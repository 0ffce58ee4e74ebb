/**
 * The built-in templates' texts in English, by template id, then step id and config path.
 * Generated from shared/templates/builtin/ by `npx tsx scripts/template-texts-en.ts`: edit the
 * flow files, not this file. Every other language translates these keys in its templates.ts.
 */
export const templatesEn = {
  "conversations/close-conversation-bot-on": {
    "name": "Close conversation and turn the bot back on",
    "description": "A shortcut agents run when they have finished with a conversation: it thanks the contact, removes the assignee, sets the Bot status contact field back to On so the bot answers the contact’s next message, and closes the conversation as resolved.",
    "steps": {
      "trigger": {
        "name": "Shortcut: Close & turn bot on",
        "config": {
          "name": "Close & turn bot on",
          "description": "Thanks the contact, unassigns you, turns the bot back on and closes the conversation."
        }
      },
      "thank-contact": {
        "name": "Thank the contact",
        "config": {
          "text": "Thanks for chatting with us, {{contact.firstName}}! If you need anything else, just send a message here and our assistant will pick it up right away."
        }
      },
      "unassign": {
        "name": "Unassign the agent"
      },
      "bot-on": {
        "name": "Turn the bot back on"
      },
      "close": {
        "name": "Close as resolved",
        "config": {
          "category": "Resolved",
          "note": "Closed with the “Close & turn bot on” shortcut; the bot answers this contact’s next message."
        }
      }
    }
  },
  "conversations/assign-to-agent": {
    "name": "Assign to an agent",
    "description": "When a conversation opens on any channel, assigns it to an online agent of the workspace by round robin. If no online agent takes it within 10 minutes, the contact is told the team is busy and the conversation goes to the agent with the fewest open conversations, online or not; a comment flags it if it is still unassigned after 7 days.",
    "steps": {
      "trigger": {
        "name": "Conversation opened"
      },
      "assign-online": {
        "name": "Assign to an online agent"
      },
      "team-busy": {
        "name": "Tell the contact the team is busy",
        "config": {
          "text": "Thanks for waiting, {{contact.firstName}}. Our team is busy right now; the first agent to become available will reply here."
        }
      },
      "assign-any": {
        "name": "Assign to the least busy agent"
      },
      "flag-unassigned": {
        "name": "Flag as unassigned",
        "config": {
          "text": "No agent took this conversation within 7 days of it opening. Please assign it by hand."
        }
      }
    }
  },
  "conversations/sales-auto-assignment": {
    "name": "Auto-assignment for sales teams",
    "description": "Spreads new leads evenly across the sales team: when a conversation opens, the contact is welcomed and the conversation goes round robin to an online salesperson with fewer than 20 open conversations, with an internal note for the agent. If nobody is free within 15 minutes, the contact is told a specialist will reply soon and is tagged for sales follow-up.",
    "steps": {
      "trigger": {
        "name": "Conversation opened"
      },
      "welcome": {
        "name": "Welcome the lead",
        "config": {
          "text": "Hi {{contact.firstName}}, thanks for your interest! One of our sales specialists will be with you in a moment."
        }
      },
      "assign-sales": {
        "name": "Assign to Sales (round robin)"
      },
      "lead-note": {
        "name": "Note for the salesperson",
        "config": {
          "text": "New lead from {{conversation.channel}}, assigned by round robin. Reply within 5 minutes to keep the lead warm."
        }
      },
      "sales-busy": {
        "name": "All salespeople busy",
        "config": {
          "text": "Our sales specialists are all with other customers right now. We have kept your place and one of them will reply here as soon as they are free."
        }
      },
      "tag-follow-up": {
        "name": "Tag for sales follow-up"
      }
    }
  },
  "conversations/support-auto-assignment": {
    "name": "Auto-assignment for support teams",
    "description": "Gets customers to an agent fast: when a conversation opens, the contact is asked to describe the issue while the conversation goes to the online support agent with the fewest open conversations. If nobody picks it up within 10 minutes, the contact is told the team is busy and the conversation is offered to the whole support team, online or not.",
    "steps": {
      "trigger": {
        "name": "Conversation opened"
      },
      "welcome": {
        "name": "Ask for the details",
        "config": {
          "text": "Hi {{contact.firstName}}, thanks for contacting support! Please tell us what happened, with your order or account number if you have it, and an agent will be with you shortly."
        }
      },
      "assign-support": {
        "name": "Assign to Customer Support (fewest open)"
      },
      "support-busy": {
        "name": "Tell the contact the team is busy",
        "config": {
          "text": "Thanks for your patience, {{contact.firstName}}. All our agents are helping other customers right now; the first one available will reply here."
        }
      },
      "tag-waiting": {
        "name": "Tag as waiting for support"
      },
      "assign-support-any": {
        "name": "Assign to any support agent"
      },
      "flag-unassigned": {
        "name": "Flag for the support lead",
        "config": {
          "text": "This conversation has waited a day without an agent. Support lead: please assign it."
        }
      }
    }
  },
  "conversations/high-priority-support-assignment": {
    "name": "Auto-assignment for high-priority support",
    "description": "Routes high-priority customers first: VIP contacts and customers on the Premium support plan go to the Priority Support team, to the online agent with the fewest open conversations (at most 5 each). If no priority agent takes it within 5 minutes, the conversation is escalated to Customer Support with a note. Everyone else goes to Customer Support directly.",
    "steps": {
      "trigger": {
        "name": "Conversation opened"
      },
      "check-priority": {
        "name": "High-priority customer?",
        "config": {
          "conditions[0].name": "VIP",
          "conditions[1].name": "Premium plan",
          "conditions[0].value": "VIP",
          "conditions[1].value": "Premium"
        }
      },
      "assign-priority": {
        "name": "Assign to Priority Support"
      },
      "priority-greeting": {
        "name": "Priority greeting",
        "config": {
          "text": "Hi {{contact.firstName}}, this is {{assignee.firstName}} from Priority Support. I’m on it: how can I help?"
        }
      },
      "escalation-note": {
        "name": "Note the escalation",
        "config": {
          "text": "Priority customer: no Priority Support agent was free within 5 minutes. Please answer first."
        }
      },
      "assign-support": {
        "name": "Assign to Customer Support"
      },
      "support-busy": {
        "name": "Tell the contact the team is busy",
        "config": {
          "text": "Thanks for your patience, {{contact.firstName}}. All our agents are helping other customers right now; the first one available will reply here."
        }
      }
    }
  },
  "conversations/assigned-agent-message": {
    "name": "Assigned-agent message",
    "description": "Lets the contact know who is helping them: when a conversation opens it is assigned to an online agent of the workspace with the fewest open conversations, and the contact gets a message introducing that agent by name. If nobody is free within 15 minutes, the contact is told an agent will introduce themselves as soon as one is available.",
    "steps": {
      "trigger": {
        "name": "Conversation opened"
      },
      "assign": {
        "name": "Assign to an online agent"
      },
      "introduce-agent": {
        "name": "Introduce the assigned agent",
        "config": {
          "text": "Hi {{contact.firstName}}, I’m {{assignee.firstName}} and I’ll be looking after you today. I’m reading your message now and will reply in a moment."
        }
      },
      "no-agent-yet": {
        "name": "No agent free yet",
        "config": {
          "text": "Thanks for your message, {{contact.firstName}}. All our agents are busy at the moment; the next one available will introduce themselves here."
        }
      }
    }
  },
  "conversations/out-of-hours-message": {
    "name": "Out-of-hours message",
    "description": "When a conversation opens outside business hours (Monday to Friday, 9 am to 6 pm New York time), tells the contact when the team is back and tags them for a follow-up in the morning. During business hours the workflow does nothing, so your usual assignment workflows handle the conversation.",
    "steps": {
      "trigger": {
        "name": "Conversation opened"
      },
      "business-hours": {
        "name": "Within business hours?"
      },
      "out-of-hours-message": {
        "name": "Out-of-hours message",
        "config": {
          "text": "Hi {{contact.firstName}}, thanks for your message! Our team is available Monday to Friday from 9 am to 6 pm (New York time). We will reply here as soon as we are back."
        }
      },
      "tag-after-hours": {
        "name": "Tag for morning follow-up"
      }
    }
  },
  "conversations/agents-at-capacity-message": {
    "name": "Agents at capacity message",
    "description": "Keeps every agent’s workload manageable: a new conversation goes only to an online agent with fewer than 10 open conversations. When every agent is at capacity for 5 minutes, the contact is told how things stand, tagged as waiting, and the conversation is assigned as soon as an agent has room (a comment flags it if that takes longer than a day).",
    "steps": {
      "trigger": {
        "name": "Conversation opened"
      },
      "assign": {
        "name": "Assign to an agent with capacity"
      },
      "at-capacity": {
        "name": "Agents at capacity",
        "config": {
          "text": "Thanks for reaching out, {{contact.firstName}}! All our agents are helping other customers right now. You don’t need to do anything: you keep your place and an agent will reply here as soon as they are free."
        }
      },
      "tag-waiting": {
        "name": "Tag as waiting for an agent"
      },
      "assign-when-free": {
        "name": "Assign when an agent has room"
      },
      "untag-waiting": {
        "name": "Remove the waiting tag"
      },
      "flag-waiting": {
        "name": "Flag the long wait",
        "config": {
          "text": "Every agent has been at capacity for a day and this contact is still waiting. Please assign the conversation by hand."
        }
      }
    }
  },
  "conversations/agent-routing": {
    "name": "Agent routing",
    "description": "Asks the contact what they need (sales, support or billing) and routes the conversation to an online agent of that team. Unclear answers go to Customer Support; if the contact does not answer within an hour the conversation is closed. When the chosen team has nobody free for 15 minutes, the contact is told an agent will reply soon.",
    "steps": {
      "trigger": {
        "name": "Conversation opened"
      },
      "ask-department": {
        "name": "Ask what the contact needs",
        "config": {
          "question": "Hi {{contact.firstName}}! So we can put you through to the right team, what can we help you with?",
          "options[0]": "Buying something",
          "options[1]": "Help with an order",
          "options[2]": "Billing and payments",
          "invalidAnswerMessage": "Sorry, I didn’t get that. Please choose one of the options."
        }
      },
      "route": {
        "name": "Route by answer",
        "config": {
          "conditions[0].name": "Sales",
          "conditions[1].name": "Billing",
          "conditions[0].value": "Buying something",
          "conditions[1].value": "Billing and payments"
        }
      },
      "assign-sales": {
        "name": "Assign to Sales"
      },
      "assign-billing": {
        "name": "Assign to Billing"
      },
      "assign-support": {
        "name": "Assign to Customer Support"
      },
      "team-busy": {
        "name": "Team is busy",
        "config": {
          "text": "Thanks, {{contact.firstName}}! Everyone on the team is with other customers right now; the first one free will reply here."
        }
      },
      "close-no-answer": {
        "name": "Close: no answer",
        "config": {
          "category": "No response",
          "note": "The contact did not choose a team within an hour."
        }
      }
    }
  },
  "conversations/csat-survey-http": {
    "name": "Customer satisfaction survey sent to an HTTP endpoint",
    "description": "When a conversation is closed, asks the contact to rate it from 1 to 5 and to say what could be better, then posts the rating, the comment and the conversation details as JSON to your survey endpoint (a spreadsheet web app, a BI tool or your own API). If the endpoint fails, the answers are kept as a comment on the contact.",
    "steps": {
      "trigger": {
        "name": "Conversation closed"
      },
      "ask-rating": {
        "name": "Ask for a rating",
        "config": {
          "question": "Thanks for contacting us, {{contact.firstName}}! How would you rate the help you received today?",
          "options[0]": "5 - Excellent",
          "options[1]": "4 - Good",
          "options[2]": "3 - Okay",
          "options[3]": "2 - Poor",
          "options[4]": "1 - Very poor",
          "invalidAnswerMessage": "Please choose one of the ratings from 1 to 5."
        }
      },
      "ask-comment": {
        "name": "Ask what could be better",
        "config": {
          "question": "Thank you! Is there anything we could have done better? Just type your answer."
        }
      },
      "post-survey": {
        "name": "Send the answers to the survey endpoint"
      },
      "thank-you": {
        "name": "Thank the contact",
        "config": {
          "text": "Thanks for your feedback, {{contact.firstName}}! It helps us get better every day."
        }
      },
      "keep-answers": {
        "name": "Keep the answers as a comment",
        "config": {
          "text": "CSAT answers could not be sent to the survey endpoint. Rating: {{csatRating}}. Comment: {{csatComment}}"
        }
      },
      "no-rating": {
        "name": "Note: no rating",
        "config": {
          "text": "The contact did not rate this conversation."
        }
      }
    }
  },
  "pipeline/client-onboarding": {
    "name": "Client onboarding",
    "description": "Column automations for onboarding a new client. When a card enters Onboarding: tag it as a new client, mark onboarding in progress, email the welcome message to the client’s contacts, give the card leader the kickoff-call and setup tasks and post a welcome to the client feed. When the card enters Live: mark onboarding live and announce it on the client feed. The flow metric tracks the days from signature to go-live.",
    "steps": {
      "enters-onboarding": {
        "name": "Card enters Onboarding",
        "config": {
          "column": "Onboarding"
        }
      },
      "tag-new-client": {
        "name": "Tag as new client"
      },
      "status-in-progress": {
        "name": "Onboarding in progress"
      },
      "welcome-email": {
        "name": "Welcome email to the client",
        "config": {
          "subject": "Welcome aboard, {{card.title}}!",
          "message": "Hi {{contact.first_name}},\n\nThank you for choosing us. Your onboarding starts today: {{card.leader.name}} is your project lead and will call you within two business days to schedule the kickoff.\n\nYou can follow every step of the onboarding in your client feed.\n\nWelcome aboard,\n{{card.leader.name}}"
        }
      },
      "kickoff-task": {
        "name": "Kickoff call task",
        "config": {
          "title": "Schedule the kickoff call",
          "description": "Agree on goals, key contacts and the go-live date with the client, then record them on the card."
        }
      },
      "setup-task": {
        "name": "Account setup task",
        "config": {
          "title": "Set up the client’s account",
          "description": "Create the client’s users, import their data and check access before the kickoff call."
        }
      },
      "welcome-post": {
        "name": "Welcome post on the client feed",
        "config": {
          "message": "Welcome! Your onboarding has started. Your project lead will contact you within two business days to schedule the kickoff call. You will see every step of the onboarding here."
        }
      },
      "enters-live": {
        "name": "Card enters Live",
        "config": {
          "column": "Live"
        }
      },
      "status-live": {
        "name": "Onboarding live"
      },
      "live-post": {
        "name": "Go-live post on the client feed",
        "config": {
          "message": "You’re live! Onboarding is complete and your account is ready to use. Thank you for working with us; your account manager will check in with you next month."
        }
      }
    }
  },
  "journeys/abandoned-cart": {
    "name": "Abandoned cart",
    "description": "Recovers abandoned carts in three steps. An hour after the cart is abandoned, contacts who have not bought get a reminder; a day later, those who still have not bought get a free-shipping code; two days after that, a last-chance email. Contacts who buy leave the journey at the next check.",
    "steps": {
      "trigger": {
        "name": "Cart abandoned for an hour"
      },
      "check-1": {
        "name": "Bought in the meantime?"
      },
      "end-bought-1": {
        "name": "Bought before the reminder"
      },
      "reminder-email": {
        "name": "Reminder: items in your cart",
        "config": {
          "subject": "You left something in your cart",
          "preheader": "Your items are saved: complete your order in one click.",
          "body": "<p>Hi {{contact.first_name}},</p>\n<p>You left a few things in your cart. We saved them for you.</p>\n<p><a href=\"{{cart.url}}\">Return to your cart</a></p>\n<p>See you soon,<br>The Store team</p>",
          "senderName": "The Store team"
        }
      },
      "wait-1d": {
        "name": "Wait 1 day"
      },
      "check-2": {
        "name": "Bought after the reminder?"
      },
      "end-bought-2": {
        "name": "Recovered by the reminder"
      },
      "offer-email": {
        "name": "Free shipping offer",
        "config": {
          "subject": "Free shipping on your cart, for 48 hours",
          "preheader": "Use code SHIPFREE at checkout before it expires.",
          "body": "<p>Hi {{contact.first_name}},</p>\n<p>Your cart is still waiting. Complete your order in the next 48 hours with code <strong>SHIPFREE</strong> and shipping is on us.</p>\n<p><a href=\"{{cart.url}}\">Complete my order</a></p>\n<p>The Store team</p>",
          "senderName": "The Store team"
        }
      },
      "wait-2d": {
        "name": "Wait 2 days"
      },
      "check-3": {
        "name": "Bought after the offer?"
      },
      "end-bought-3": {
        "name": "Recovered by the offer"
      },
      "last-chance-email": {
        "name": "Last chance",
        "config": {
          "subject": "Last chance: your cart expires today",
          "preheader": "We can only hold your items a little longer.",
          "body": "<p>Hi {{contact.first_name}},</p>\n<p>We can only keep the items in your cart until the end of today, and some of them are selling fast.</p>\n<p><a href=\"{{cart.url}}\">Complete my order</a></p>\n<p>The Store team</p>",
          "senderName": "The Store team"
        }
      },
      "end": {
        "name": "End"
      }
    }
  },
  "journeys/welcome-series": {
    "name": "Welcome series",
    "description": "Welcomes new newsletter subscribers with three emails over a week: a welcome with what to expect, the brand story and best sellers two days later, and, for subscribers who have not bought yet, a first-order discount after five more days. The Welcome series custom field records where each contact finished.",
    "steps": {
      "trigger": {
        "name": "Joins the newsletter"
      },
      "welcome-email": {
        "name": "Welcome email",
        "config": {
          "subject": "Welcome, {{contact.first_name}}! Here is what to expect",
          "preheader": "New arrivals, tips and subscriber-only offers, once a week.",
          "body": "<p>Hi {{contact.first_name}},</p>\n<p>Thanks for subscribing! Once a week you will get our new arrivals, tips from our team and offers only subscribers see.</p>\n<p><a href=\"{{site.url}}\">Start browsing</a></p>\n<p>The Store team</p>",
          "senderName": "The Store team"
        }
      },
      "wait-2d": {
        "name": "Wait 2 days"
      },
      "story-email": {
        "name": "Our story and best sellers",
        "config": {
          "subject": "The story behind our store",
          "preheader": "How we started, and the products our customers love most.",
          "body": "<p>Hi {{contact.first_name}},</p>\n<p>We started with one idea: good products that last. Here are the best sellers our customers keep coming back for.</p>\n<p><a href=\"{{site.url}}/best-sellers\">See the best sellers</a></p>\n<p>The Store team</p>",
          "senderName": "The Store team"
        }
      },
      "wait-5d": {
        "name": "Wait 5 days"
      },
      "check-customer": {
        "name": "Already bought?"
      },
      "mark-converted": {
        "name": "Record: converted"
      },
      "end-converted": {
        "name": "Bought during the series"
      },
      "discount-email": {
        "name": "First-order discount",
        "config": {
          "subject": "10% off your first order",
          "preheader": "Your welcome code WELCOME10 is valid for 14 days.",
          "body": "<p>Hi {{contact.first_name}},</p>\n<p>As a thank-you for joining us, here is 10% off your first order with code <strong>WELCOME10</strong>, valid for 14 days.</p>\n<p><a href=\"{{site.url}}\">Shop now</a></p>\n<p>The Store team</p>",
          "senderName": "The Store team"
        }
      },
      "mark-completed": {
        "name": "Record: completed"
      },
      "end": {
        "name": "End"
      }
    }
  },
  "contact-center/sales-ivr": {
    "name": "Sales IVR",
    "description": "Main number of a sales line. During sales hours callers press 1 to buy (Sales queue), 2 for an existing order (Orders queue) or 3 for technical support (transferred to the support desk); callers who press nothing go to Sales. When nobody answers, callers hear an apology and the call is classified as unanswered. Outside sales hours the After-hours reusable flow takes the call.",
    "steps": {
      "start": {
        "name": "Start"
      },
      "sales-hours": {
        "name": "Sales team open?"
      },
      "main-menu": {
        "name": "Main menu",
        "config": {
          "prompt.text": "Thank you for calling our sales line. To buy a product or get a quote, press 1. For an existing order, press 2. For technical support, press 3.",
          "options[0].label": "Sales",
          "options[1].label": "Orders",
          "options[2].label": "Support"
        }
      },
      "sales-queue": {
        "name": "Sales queue"
      },
      "orders-queue": {
        "name": "Orders queue"
      },
      "support-desk": {
        "name": "Transfer to the support desk"
      },
      "nobody-available": {
        "name": "Nobody available",
        "config": {
          "prompt.text": "Sorry, nobody is available to take your call right now. Please call again later, or leave your number on our website and we will call you back."
        }
      },
      "classify-unanswered": {
        "name": "Classify as unanswered"
      },
      "hang-up": {
        "name": "Hang up"
      },
      "after-hours": {
        "name": "After-hours"
      },
      "hang-up-closed": {
        "name": "Hang up"
      }
    }
  },
  "contact-center/after-hours": {
    "name": "After-hours",
    "description": "Reusable flow for calls outside business hours: tells the caller the office is closed and when it opens, offers the emergency line on 9, and classifies the call as an after-hours contact before returning to the calling flow.",
    "steps": {
      "start": {
        "name": "Start"
      },
      "closed-menu": {
        "name": "Closed message",
        "config": {
          "prompt.text": "Thank you for calling. Our office is closed right now. We are open Monday to Friday, from 8 in the morning to 6 in the evening. If this is an emergency, press 9 to reach the on-call team. Otherwise, please call back during opening hours or visit our website.",
          "options[0].label": "Emergency line"
        }
      },
      "emergency-line": {
        "name": "Transfer to the on-call team"
      },
      "on-call-unavailable": {
        "name": "On-call team unavailable",
        "config": {
          "prompt.text": "Sorry, the on-call team cannot take your call right now. Please try again in a few minutes."
        }
      },
      "classify": {
        "name": "Classify as after hours"
      },
      "end": {
        "name": "Return to the calling flow"
      }
    }
  }
};
