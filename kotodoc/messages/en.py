"""The message catalogue in English: every code's text, what to do about it, and the words around them.

The same codes and template fields as :mod:`kotodoc.messages.fi` (a test checks both). English messages
quote the form in its Finnish wording and name kotodoc's own blocks by their YAML keys (see
:mod:`kotodoc.form.en` for why). The command line's own texts are in :mod:`kotodoc.messages.en_cli`. The
words and phrases messages are built from are in :mod:`kotodoc.messages.en_words`.
"""

from __future__ import annotations

from kotodoc.messages.en_cli import HELP_WORDS, UI
from kotodoc.messages.en_words import PHRASES, WORDS
from kotodoc.messages.texts import Text

__all__ = ["FAMILIES", "HELP_WORDS", "MESSAGES", "PHRASES", "SEVERITY", "UI", "WORDS"]  # UI, HELP_WORDS: the command line's (en_cli); WORDS, PHRASES: en_words

FAMILIES: dict[str, str] = {
    "1": "Reading the file",
    "2": "Structure: keys, values and formats",
    "3": "What the law and the form require",
    "4": "Advice on the content",
    "5": "Joint programmes of several municipalities",
    "6": "Handling and approval",
}

SEVERITY: dict[str, str] = {"error": "error", "warning": "warning"}

MESSAGES: dict[str, Text] = {
    "KD101": Text("YAML syntax error: {problem}", "Fix the place: check the indentation, colons and quotes."),
    "KD102": Text("The key '{key}' appears twice in the same place (also on line {first_line})", "Remove one of the keys or merge their contents."),
    "KD103": Text("The file is not UTF-8 ({detail})", "Save the file as UTF-8 (Notepad: Save as > Encoding: UTF-8)."),
    "KD104": Text("The file holds more than one YAML document; only one is allowed", "Remove the '---' separator and put the programmes in separate files."),
    "KD105": Text("The file must be a structure of keys and values (a mapping); now it is {found}", "Start the file with keys, e.g. 'skeemaversio: 1', or make a new template: kotodoc init."),
    "KD106": Text("The file is too large ({size} bytes; at most {limit})", "Check whether something extra has ended up in the file, and remove it."),
    "KD107": Text("The structure is too deep (over {limit} nested levels)", "Check the indentation and remove the extra levels."),
    "KD108": Text("Too many references (aliases) or too large a structure ({detail})", "Write the values out instead of references (&anchor, *alias)."),
    "KD109": Text("The text has the control character {char}, which would break the Word document", "Remove the character; it often comes along when copying from another program."),
    "KD110": Text("The YAML tag '{tag}' is not allowed", "Remove the tag (e.g. !!python/...); write the value as plain text."),
    "KD111": Text("A key must be text, now it is {found}", "Write the key as plain text."),
    "KD112": Text("The file is empty", "Start from a template: kotodoc init."),
    "KD113": Text("The text has the escape {char}, which is only one half of a character pair (a surrogate) and is no character", "Write the character as it is, or the whole pair one after the other (e.g. \\ud83d\\ude42 is 🙂)."),
    "KD114": Text("The file is {kind}, not a YAML file", "An integration programme is a YAML text file. A form filled in in Word (.docx, .doc, .odt) becomes a YAML file with the command kotodoc import; for a PDF file, import its original Word file."),
    "KD201": Text("Missing: {what}", "Add the missing part; the form's question says what goes there. An unfinished part may say 'täydennetään'."),
    "KD202": Text("The value is missing: {what}", "Write a value; empty is not enough."),
    "KD203": Text("Unknown key '{key}'{hint}", "Fix the key's spelling or remove the key."),
    "KD204": Text("{what}: the value must be {expected}, now it is {found}", "Change the value to the right form ({expected})."),
    "KD205": Text("{what}: the value does not fit here (now it is {found})", "Fix the value; the form's question or the example file (kotodoc init) shows what kind of value belongs here."),
    "KD206": Text("{what}: '{value}' is not an allowed value (allowed: {allowed}){hint}", "Choose one of the allowed values."),
    "KD207": Text("Schema version '{value}' is not supported; this kotodoc supports version {supported}", "Write 'skeemaversio: {supported}' or update kotodoc."),
    "KD208": Text("{what}: '{value}' is not a valid e-mail address", "Write the address as firstname.lastname@kunta.fi."),
    "KD209": Text("{what}: '{value}' is not a valid phone number", "Write the number e.g. as 040 1234567, (06) 224 9031 or +358 40 1234567."),
    "KD210": Text("{what}: kotodoc does not know the language '{value}'; did you mean '{suggestion}'?", "Correct the spelling if you meant the language '{suggestion}'."),
    "KD211": Text("{what}: '{value}' {problem}", "Write the date as 5.12.2024 (or 2024-12-05)."),
    "KD212": Text("{what}: '{value}' is not a whole number in a form kotodoc reads", "Write the number in digits only, without spaces, sign or decimals, e.g. {accepted}."),
    "KD213": Text("{what}: the submission is given twice, under the keys '{first}' and '{second}'; give only one", "Keep the key 'elinvoimakeskus' (documents from 1.1.2026) or 'ely' (documents of 2024–2025) and remove the other.", "The same fact in two places: kotodoc cannot know which one is right."),
    "KD214": Text("The file has {count} more findings of the same kind ({code}) that are not shown; the first {shown} are listed", "Fix the listed places and check the file again; they often share one cause."),
    "KD301": Text("{what}: the answer is split by target group, but the target group {group} is missing", "Add a part for the target group (or for a named group, kohderyhma: muu with otsikko) or write one answer for all (kohderyhma: kaikki)."),
    "KD302": Text("{what}: the wellbeing services county is not named; the multisectoral assessment and plan are always made together with the wellbeing services county{law}", "Name the municipality's wellbeing services county, e.g. {example}."),
    "KD303": Text("Section {number}: the literacy training is neither described nor is it explained why it is not needed", "Describe the training under the key 'luku_ja_kirjoitustaito' or give the reasons under 'ei_tarvetta_perustelu' (or both)."),
    "KD304": Text("Section {number}: the literacy training is described and at the same time it is explained that it is not needed", "Nothing to do: the code is retired."),
    "KD305": Text("Section {number} is included, but none of its services (A) is described", "Answer at least one of the A questions or remove section 7 (it is optional)."),
    "KD306": Text("{what}: the target group {group} has two parts with the same heading, so a reader cannot tell them apart", "Merge the parts or give each its own heading (e.g. otsikko: Under 25)."),
    "KD307": Text("{what}: the question is not answered ({reason})", "Write an answer to the question (an unfinished document can be checked as a draft: kotodoc validate --luonnos)."),
    "KD401": Text("{what}: the text looks unfinished ('{found}')", "Complete the text before sending the document to the elinvoimakeskus (in 2024–2025 to the ELY Centre)."),
    "KD402": Text("{what}: '{found}' is {source}; the current term: {modern}", "Use the terms of act 681/2023 and the names of today's authorities.", "The Act on the Promotion of Integration 681/2023 repealed act 1386/2010 (kotouttamisohjelma, alkukartoitus); the TE Offices were abolished on 1.1.2025 by act 380/2023 (TE24)."),
    "KD403": Text("{kunta} is a bilingual municipality, but its Swedish-language services are not described (the form: '{instruction}')", "Add parts with 'kieli: sv' to the answers, or describe the Swedish-language services."),
    "KD404": Text("{what}: the form asks to describe the service for different target groups; the answer is not split by target group", "Split the answer into parts (kohderyhma: tyonhakijat, tyovoiman_ulkopuoliset or muu) or mark it as covering everyone (kohderyhma: kaikki)."),
    "KD405": Text("Section {number}: the civic orientation is arranged in cooperation, but the partners are not named ('{question}')", "List the partners under the key 'yhteistyotahot'."),
    "KD406": Text("{what}: the language '{value}' is listed twice", "Remove the repeated language."),
    "KD407": Text("{what}: the employment authority is responsible for job seekers' services, but it is not named", "Name the employment authority, e.g. {example}."),
    "KD408": Text("{what}: the employment authority is missing from the partners; the services must be described together with the municipality's employment authority", "Add the employment authority to the partners, e.g. {example}."),
    "KD409": Text("{what}: '{found}': {ended}; {now} {current}", "Correct the authority's name: from 2026 the document is sent to the region's elinvoimakeskus, and the employment authority (the employment area or the municipality) is responsible for job seekers' services.", "Act 531/2025 (elinvoimakeskukset from 1.1.2026); act 380/2023 (employment areas from 1.1.2025). The warning concerns documents dated 1.1.2026 or later."),
    "KD410": Text("{what}: the {found} named is not the wellbeing services county of the document's municipality ({kunta}); the municipality's county is {county}", "Correct the county's name: {county}."),
    "KD411": Text("{what}: the section's services concern job seekers too, but the employment authority is not named in the section", "Say how the employment authority ({example}) arranges the service for job seekers."),
    "KD412": Text("{what}: the municipality '{kunta}' is not among the names of Finland's municipalities (municipalities of 2025–2026){hint}", "Write the municipality's name in Finnish or Swedish (e.g. Kokkola or Karleby). Until the name is recognised, kotodoc does not check the municipality's bilingual status, wellbeing services county or employment authority.", "The form's H1 names the municipality or municipalities. From the name kotodoc checks the municipality's bilingual status (KD403), wellbeing services county (KD302, KD410) and employment authority (KD407, KD408, KD411) by Statistics Finland's classification (kotodoc's reference data: 308 municipalities of 2025–2026, in Finnish and Swedish). An unknown name is usually a typo that switches these checks off, but the form does not require the name in a given form, so a warning. A suggestion (did you mean) is given only when one municipality's name is clearly the closest; a municipality that ceased in a merger is warned of only in a document dated after the merger."),
    "KD501": Text("{what}: the municipality '{kunta}' is a member of the joint programme, but it is not in the basic information ({header})", "Add the municipality to the basic information or remove it from the members; the lists must match."),
    "KD502": Text("{header}: the municipality '{kunta}' is missing from the members of the joint programme", "Add the municipality to the members or remove it from the basic information."),
    "KD503": Text("{what}: the municipality '{kunta}' is a member twice", "Remove one of the members and merge their data."),
    "KD504": Text("{what}: the coordinating municipality '{kunta}' is not a member{hint}", "Make one of the member municipalities the coordinating municipality."),
    "KD505": Text("{what}: '{kunta}' is not the name of a Finnish municipality (municipalities of 2025–2026); did you mean '{suggestion}'?", "Check the spelling of the municipality's name."),
    "KD506": Text("{what}: {kunta} belongs to the wellbeing services county {county}, but the joint programme names {given}", "Check the county; the municipalities of a joint programme usually belong to the same county."),
    "KD507": Text("{what}: according to kotodoc's data {kunta} belongs to the employment area '{area}', which is not given", "Add the employment area to the joint programme's employment areas or check the municipality's data."),
    "KD508": Text("{what}: the employment area '{area}' is not in the joint programme's list of employment areas{hint}", "Write one of the joint programme's employment areas or add the area to the list."),
    "KD509": Text("{what}: a province-wide service is shared by all municipalities of the province, but of the municipalities of the county {county} these are not members: {missing}", "Add the missing municipalities or choose the regional model (seudullinen)."),
    "KD510": Text("{what}: unknown wellbeing services county '{value}'{hint}", "Write the county's short Finnish name, e.g. Etelä-Savo."),
    "KD511": Text("{what}: no task is given", "List the client group's tasks as 'tehtava: vastuutaso', or remove the group."),
    "KD512": Text("{what}: the task has no responsible level; every task has exactly one responsible level (allowed: {allowed})", "Write the level after the task, e.g. 'ohjaus_ja_neuvonta: yhteinen_palvelu'."),
    "KD513": Text("{what}: the task is given twice ('{first}' and '{second}' mean the same task); every task has exactly one responsible level", "Remove one of the keys."),
    "KD514": Text("{what}: the shared task division has no task «{task}» for the client group «{group}», so there is nothing to deviate from", "Add the task to the division, or fix the deviation's group or task."),
    "KD515": Text("{what}: the deviation changes nothing: the shared task division already gives the level '{level}'", "Remove the deviation or fix its level."),
    "KD516": Text("{what}: the municipality already deviates from the task «{task}» for the client group «{group}»; every task has exactly one responsible level", "Merge the deviations into one."),
    "KD520": Text("{what}: the population share ({population} %) and the causation share ({causation} %) add up to {total} %; they must add up to 100 %", "Fix the shares so that they add up to 100 %."),
    "KD521": Text("{what}: {value} % is outside the range {low}–{high} % of the Mikkeli region's proposal (20.6.2024)", "Nothing to do: the code is retired."),
    "KD522": Text("{what}: the weights add up to {total} %; they must add up to 100 %", "Fix the weights so that they add up to 100 %, or remove them (default: equal weights)."),
    "KD523": Text("{what}: for the cost split the municipality '{kunta}' lacks: {missing}", "Give the member its population and its client counts per segment (0 when there are no clients)."),
    "KD524": Text("{what}: the client segment «{segment}» has no clients; its share is split among the other segments in proportion to their weights", "Check the client counts or give the segment the weight 0."),
    "KD525": Text("{what}: the weighted client segments have no clients; the causation share is split by population", "Check the members' client counts."),
    "KD526": Text("{what}: '{value}' is not a valid number; write it without spaces or unit, with at most two decimals (e.g. {example})", "Write the number in digits, e.g. {example}."),
    "KD527": Text("{what}: the value must be at least {minimum}, now it is {value}", "Correct the number to at least {minimum}."),
    "KD528": Text("The file has no cost data (yhteistoiminta › kustannukset); the cost split cannot be computed", "Add the costs to the yhteistoiminta block: annual cost, shares, and the members' populations and client counts."),
    "KD529": Text("{what}: the value must be at most {maximum}, now it is {value}", "Check the number: so large a value is almost certainly a typo."),
    "KD601": Text("{what}: a decision of '{body}' is recorded, but the meeting date is missing", "Add kokouspaiva, the day the body made the decision."),
    "KD602": Text("{what}: the document was sent {to_body} on {sent}, before the meeting on {meeting} that approves it", "Nothing to do: the code is retired."),
    "KD603": Text("{what}: the document was sent {to_body} on {sent}, after the deadline {deadline}", "Check the date; if it is right, tell the receiver about the delay (a late submission may delay the payment of compensations)."),
    "KD604": Text("{what}: '{value}' does not look like a record number: {problem}", "Copy the record number from the case management system (e.g. 442/14.07.00/2024 or HEL 2024-001473)."),
    "KD605": Text("{what}: the meeting on {meeting} is after {of_body} deadline {deadline}", "Check the meeting date or agree on a later submission with the elinvoimakeskus (in 2024–2025 the ELY Centre)."),
    "KD606": Text("{what}: the approving body '{body}' is not mentioned, although the approval block gives it", "Make H7 and the hyvaksyminen block agree, or leave H7 out: it is then written from the block."),
    "KD607": Text("The agenda item cannot be rendered: the document has no approval data (the hyvaksyminen block)", "Add a hyvaksyminen block: at least toimielin, preferably also the meeting date, preparers, presenter and decision proposal."),
    "KD608": Text("Your template (--templates) has an error: {problem}", "Fix your own template (--templates) or remove it to use kotodoc's own."),
    "KD609": Text("The agenda item's list of changes cannot be made: the previous version '{previous}' cannot be read ({problem})", "Check edellinen_versio: a file name in this file's directory, a git revision (e.g. v2024 or HEAD~1) or REVISION:PATH. Remove the field if no list of changes is needed."),
    "KD610": Text("{what}: the key '{key}' is from the time of the ELY Centres; from 1.1.2026 the document is sent to the elinvoimakeskus ({centre}), so write 'elinvoimakeskus' as the key", "Rename the key: elinvoimakeskus. Its content (tem_kirje, maaraaika, lahetetty) stays the same.", "Act 531/2025: the elinvoimakeskukset replaced the ELY Centres on 1.1.2026. The old key is still read, so the warning does not stop rendering."),
    "KD611": Text("{what}: approval data is given for the municipality '{kunta}', which is not in the basic information ({header})", "Write the municipality's name as in the basic information, or add the municipality there."),
}
