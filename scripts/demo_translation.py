"""The demo translation batch: a mobile-money service's SMS messages and app strings, English to
French (used by make_demo_bundles.py).

Thirty-two tasks of one to four segments, with the project's glossary, two kept spans (the brand
and a USSD code), placeholders in three styles, and buttons with a length limit. The first two
tasks are training tasks and tasks 7, 17 and 27 are gold tasks; their reference translations below
keep every rule of their task (the batch check refuses a gold answer that does not).
"""

from __future__ import annotations

from typing import Any

GLOSSARY = [
    {"source": "customer", "target": "client", "note": "never « consommateur »"},
    {"source": "account", "target": "compte"},
    {"source": "balance", "target": "solde"},
    {"source": "transfer", "target": "transfert"},
    {"source": "withdrawal", "target": "retrait"},
    {"source": "PIN", "target": "code PIN"},
    {"source": "loan", "target": "prêt"},
    {"source": "fee", "target": "frais"},
    {"source": "airtime", "target": "crédit"},
    {"source": "statement", "target": "relevé"},
]
DO_NOT_TRANSLATE = ["SokoPay", "*150#"]
BUTTON = 20  # characters a button of the app's home screen has room for

SMS, APP, BUTTONS = "An SMS to a customer.", "A message in the SokoPay app.", \
    f"Buttons of the app's home screen (at most {BUTTON} characters each)."


def _buttons(*labels: str) -> list[dict[str, Any]]:
    return [{"text": label, "max_length": BUTTON} for label in labels]


#: (context, segments, reference translation or None) per task, in batch order.
TASKS: list[tuple[str, list[Any], list[str] | None]] = [
    (SMS, ["Hello {name}, your SokoPay account is ready.", "Never share your PIN with anyone, not even an agent."],
     ["Bonjour {name}, votre compte SokoPay est prêt.",
      "Ne communiquez jamais votre code PIN à personne, pas même à un agent."]),
    (SMS, ["You sent {amount} to {name} on {date}.", "A fee of {fee} was charged for this transfer."],
     ["Vous avez envoyé {amount} à {name} le {date}.", "Des frais de {fee} ont été prélevés pour ce transfert."]),
    (SMS, ["You received {amount} from {name}.", "Your new balance is {balance}."], None),
    (SMS, ["The transfer failed. Please try again later."], None),
    (SMS, ["Your withdrawal of {amount} at agent {agent} is complete."], None),
    (APP, ["Enter your PIN to confirm the transfer."], None),
    (SMS, ["Your loan of {amount} is due on {date}.", "Dial *150# to check your balance at any time."],
     ["Votre prêt de {amount} est à rembourser le {date}.",
      "Composez le *150# pour consulter votre solde à tout moment."]),
    (SMS, ["Your account is locked after three wrong PINs.", "Call 100 to unlock it."], None),
    (APP, ["Pay school fees without queuing: choose <b>Pay bills</b> in the SokoPay menu."], None),
    (SMS, ["Your airtime purchase of {amount} was successful."], None),
    (APP, ["Find the nearest agent in the app under <b>Agents</b>."], None),
    (SMS, ["Your phone number has changed.", "If this was not you, call 100 now."], None),
    (APP, ["Save money every week with SokoPay Savings."], None),
    (SMS, ["The agent has no cash right now.", "Try another agent nearby."], None),
    (APP, ["Send {amount} to {name}?", "A fee of {fee} applies."], None),
    (SMS, ["Your statement for {month} is ready in the app."], None),
    (BUTTONS, _buttons("Send money", "Check balance", "Buy airtime", "Cancel"),
     ["Envoyer de l'argent", "Consulter le solde", "Acheter du crédit", "Annuler"]),
    (SMS, ["Reply STOP to stop these messages."], None),
    (SMS, ["We have refunded {amount} to your account."], None),
    (APP, ["You have %d unread messages."], None),
    (APP, ["Hello %s, welcome back!"], None),
    (SMS, ["Your withdrawal code is {code}.", "It expires in 10 minutes."], None),
    (APP, ["Scan the shop's QR code to pay.", "Check the shop's name before you enter your PIN."], None),
    (SMS, ["Your loan request was approved.", "{amount} has been added to your account."], None),
    (APP, ["Your balance is hidden. Tap to show it."], None),
    (BUTTONS, _buttons("Pay bills", "Withdraw cash", "My account", "Help"), None),
    (SMS, ["Dear customer, our service will be unavailable on {date} from 01:00 to 03:00.",
           "Thank you for being a SokoPay customer."],
     ["Cher client, notre service sera indisponible le {date} de 01h00 à 03h00.",
      "Merci d'être client de SokoPay."]),
    (SMS, ["A transfer of {amount} to {name} is waiting for your PIN.", "Dial *150# to finish it."], None),
    (APP, ["No internet connection.", "Your transfer will be sent when you are back online."], None),
    (SMS, ["Congratulations! You earned {points} SokoPay points this month."], None),
    (APP, ["Choose the account to pay from.", "Savings", "Main account"], None),
    (SMS, ["Your statement shows a fee you do not recognise?", "Call 100, free of charge."], None),
]

EXPLANATIONS = {
    0: "**Training.** Keep `{name}` exactly as written: the system puts the customer's name there. *SokoPay* is "
       "a brand and stays as it is. The glossary asks for *compte* for *account* and *code PIN* for *PIN*.",
    1: "**Training.** Every placeholder (`{amount}`, `{name}`, `{date}`, `{fee}`) appears once in the translation, "
       "where French grammar puts it. *Fee* is *frais* (plural in French) and *transfer* is *transfert*.",
    6: "*Loan* is *prêt* and *balance* is *solde* (glossary); `*150#` is a code and stays as it is.",
    16: "Buttons have room for 20 characters: *Consulter le solde* fits, *Vérifier votre solde* (21) does not. "
        "*Airtime* is *crédit*.",
    26: "*Dear customer* is *Cher client*: the glossary's *client*, never *consommateur*. French writes hours "
        "as *01h00*.",
}

INSTRUCTIONS = (
    "# Translate the messages into French\n\n"
    "SokoPay sends these messages to its customers in Côte d'Ivoire and Senegal. Translate each segment into "
    "clear, polite French that a customer understands at first reading.\n\n"
    "- Address the customer as **vous**.\n"
    "- Keep placeholders such as `{name}`, `{amount}`, `%d`, `%s` and tags such as `<b>` **exactly** as written; "
    "move them where French grammar needs them.\n"
    "- Use the glossary's translation for every marked term (yellow). The buttons under the editor type them: "
    "Alt+1, Alt+2 …\n"
    "- *SokoPay* and `*150#` stay as they are (grey).\n"
    "- Buttons have room for 20 characters.\n"
    "- The phone number 100 and times stay as numbers; write hours as `01h00`.")

TEMPLATE: dict[str, Any] = {
    "kind": "translation", "version": 1, "title": "Translate SokoPay's messages into French",
    "instructions": INSTRUCTIONS,
    "params": {"source_language": "en", "target_language": "fr", "glossary": GLOSSARY,
               "do_not_translate": DO_NOT_TRANSLATE, "max_length": 300},
    # chrF of a good translation against another good one is often 0.6 to 0.8; a missed glossary
    # term costs its share of the score (docs/quality.md).
    "quality": {"threshold": 0.6},
}
