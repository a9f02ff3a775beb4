"""kotodoc's own fixed texts in Swedish (the keys of :mod:`kotodoc.form.fi_own`).

Vocabulary of Finland-Swedish municipal minutes (Kyrkslätt, Borgå, Pedersöre, Jakobstad: *ärende*,
*föredragningslista*, *Dnr*, *Beredare*, *Föredragande*, *Beslutsförslag*, *Beslut*, *sammanträde*) and
of kotoutuminen.fi/sv (*NTM-centralen*, *integrationsprogram*, *arbetskraftsmyndigheten*). Finland-Swedish
writes dates and numbers like Finnish: 5.12.2024, 160 000,00 €, 37,5 %. Sources are in the translation
notes; docs/koordinatorn.md names the unverified choices.
"""

from __future__ import annotations

OWN: dict[str, str] = {
    # --- numbers: 160 000,00 €, 37,5 % ----------------------------------------------------------------
    "number.decimal": ",",
    "number.group": " ",
    # --- examples the editor schema shows (JSON Schema 'examples') --------------------------------------
    "example.part_heading": "Kvotflyktingar",
    "example.prepared": "November 2024, i fortsättningen vid behov",
    "example.partner_area": "Arbetskraftsmyndigheten (sysselsättningsområdet)",
    "example.partner_county": "Österbottens välfärdsområde",
    "example.languages": "arabiska, ukrainska, ryska",
    "example.email": "fornamn.efternamn@kommun.fi",
    # --- the document's properties ---------------------------------------------------------------------
    "doc.page": "sida {page} / {pages}",  # the footer's page number: Word's PAGE and NUMPAGES fields
    "doc.many_municipalities": "{first} och {others} andra kommuner",  # whose document, in the footer
    "doc.translation": "Den svenska blankettexten är kotodocs översättning, inte arbets- och näringsministeriets (ANM har publicerat blanketten endast på finska).",
    # --- the agenda item (ärende på föredragningslistan) ------------------------------------------------
    "agenda.subject": "Ärende på föredragningslistan: godkännande av dokumentet som beskriver integrationsprogrammet",
    "agenda.keyword": "föredragningslista",
    "agenda.dnro": "Dnr",
    "agenda.valmistelijat": "Beredare",
    "agenda.esittelija": "Föredragande",
    "agenda.paatosehdotus": "Beslutsförslag",
    "agenda.paatos": "Beslut",
    "agenda.attachments": "Bilagor",
    "agenda.attachment": "Bilaga {number} {name}",
    # --- H7 written from the approval block -----------------------------------------------------------
    "h7.sentence": "Dokumentet som beskriver integrationsprogrammet behandlas och godkänns av {body}",
    "h7.meeting": "sammanträde {date}",
    "h7.record": "dnr {number}",
    "h7.sent": "Dokumentet har skickats {to} {date}.",
    "h7.deadline": "Dokumentet lämnas in {to} senast {date}.",
    "body.ely": "NTM-centralen",  # who received the document before 2026
    "body.centre": "livskraftscentralen",  # from 2026, when the region is not known
    "h7.pending": "(skrivs utifrån uppgifterna om godkännandet)",
    # --- the joint programme's appendix ----------------------------------------------------------------
    "appendix.title": "Bilaga: Samarbete mellan flera kommuner",
    "appendix.model": "Samarbetsmodell",
    "appendix.members": "Medlemskommuner",
    "appendix.coordinator": "Samordnande kommun",
    "appendix.county": "Välfärdsområde",
    "appendix.areas": "Sysselsättningsområden",
    "appendix.source": "Källa",
    "appendix.note": "Anmärkning",
    "appendix.municipality": "Kommun",
    "appendix.area": "Sysselsättningsområde",
    "appendix.population": "Invånarantal",
    "appendix.counts_note": "Antal kunder per kundsegment ({groups}).",
    "appendix.together": "i samarbete med: {levels}",
    "appendix.division": "Uppgiftsfördelning per kundgrupp",
    "appendix.task": "Uppgift",
    "appendix.legend": "Ansvarsnivåer: {legend}. Tankstreck (–): uppgiften har inte angetts för kundgruppen.",
    "appendix.repealed": "{task}: term i den upphävda lagen (1386/2010); motsvarande uppgift enligt lag 681/2023 är {modern} ({law}).",
    "appendix.other_tasks": "Övriga uppgifter per ansvarsnivå",
    "appendix.level": "Ansvarsnivå",
    "appendix.tasks": "Uppgifter",
    "appendix.deviations": "Avvikelser från den gemensamma uppgiftsfördelningen",
    "appendix.group": "Kundgrupp",
    "appendix.shared": "Gemensam fördelning",
    "appendix.local": "I kommunen",
    "appendix.reason": "Motivering",
    # --- the cost split (appendix and `kotodoc costs`) -------------------------------------------------
    "costs.title": "Kostnadsfördelning",
    "costs.shares_title": "Kostnadsfördelning mellan medlemskommunerna",
    "costs.segments_title": "Delen enligt orsaksprincipen per kundsegment",
    "costs.municipality": "Kommun",
    "costs.population": "Invånarantal",
    "costs.clients": "Kunder",
    "costs.by_population": "Enligt invånarantal (€)",
    "costs.by_causation": "Enligt orsaksprincipen (€)",
    "costs.total_euros": "Totalt (€)",
    "costs.share": "Andel (%)",
    "costs.segment": "Kundsegment",
    "costs.weight": "Vikt (%)",
    "costs.used_weight": "Tillämpad vikt (%)",
    "costs.segment_euros": "Andel (€)",
    "costs.total": "Totalt",
    "costs.annual": "Årskostnad {euros} €.",
    "costs.population_line": "Enligt invånarantal {percent} %: {euros} €.",
    "costs.causation_line": "Enligt orsaksprincipen {percent} % (per kundsegment): {euros} €.",
    "costs.note": "Anmärkning: {note}",
    "costs.method": (
        "Fördelningsgrund: årskostnaden delas först upp i en del som fördelas enligt invånarantal och en del som "
        "fördelas enligt orsaksprincipen. Delen enligt invånarantal fördelas i proportion till medlemskommunernas "
        "invånarantal. Delen enligt orsaksprincipen fördelas mellan kundsegmenten i proportion till vikterna (ett "
        "segment utan kunder får ingen andel, utan dess vikt fördelas på de övriga) och inom segmentet i proportion "
        "till medlemskommunernas antal kunder."),
    "costs.method_origin": (
        "Fördelningen av delen enligt orsaksprincipen per kundsegment och inom segmenten i proportion till antalet "
        "kunder är kotodocs metod (se kotodocs anvisning Usean kunnan yhteinen kotoutumisohjelma)."),
    "costs.rounding": (
        "Avrundning: beräkningen görs med exakta bråktal och fördelningen görs i hela cent enligt metoden med "
        "största rest: var och en får sin exakta andel avrundad nedåt, och de cent som blir över ges en i taget "
        "till dem vars bortavrundade del är störst (vid lika stora delar till den som står först i förteckningen). "
        "Andelarna är sammanlagt exakt lika med årskostnaden: ingen enda cent försvinner eller uppstår."),
    "costs.fallback": (
        "De viktade kundsegmenten har inga kunder, och därför har också delen enligt orsaksprincipen fördelats i "
        "proportion till invånarantalet."),
    # --- the file `kotodoc init` writes ---------------------------------------------------------------
    "init.placeholder": "kompletteras",
    "init.placeholder_email": "kompletteras@kommun.invalid",
    "init.employment_area": "sysselsättningsområde",
    "init.county": "välfärdsområde",
    "init.employment_authority": "arbetskraftsmyndigheten ({area})",
    "init.intro": "{title} – {subtitle}. ANM:s blankett {date}; {law}.",
    "init.translation": "Den svenska blankettexten är kotodocs översättning: ANM har publicerat blanketten endast på finska. Nycklarna (t.ex. arviointi, tyonhakijat) är finska och ska skrivas som här.",
    "init.created": "Skapad med kommandot: {command}",
    "init.howto_comments": "Ovanför varje svar står blankettens fråga. Rader som börjar med # är anvisningar: de skrivs inte ut i dokumentet.",
    "init.howto_fill": "Ersätt varje '{placeholder}' med din egen text och kontrollera de föreslagna uppgifterna. Skriv ett långt svar indraget under tecknet |, som i de färdiga punkterna; radbytena bevaras.",
    "init.howto_check": "Kontrollera en ofärdig fil som utkast: kotodoc validate --kieli sv --luonnos {file} (varningarna visar vad som ännu ska kompletteras). Ett färdigt dokument: kotodoc validate --kieli sv --strict.",
    "init.bilingual": "{names}: tvåspråkig kommun. Blanketten: '{instruction}' I beskrivningarna (A) i punkterna 1 och 7 finns därför färdiga delar för svenskspråkiga (kieli: sv) och finskspråkiga (kieli: fi) tjänster; också andra svar kan delas upp på samma sätt. Om tjänsten är densamma på båda språken, beskriv den i den svenskspråkiga delen och ta bort den finskspråkiga.",
    "init.version": "Filformatets version; ändra inte.",
    "init.language": "Dokumentets språk: fi (finska) eller sv (svenska).",
    "init.draft": "Utkast eller färdigt dokument? Så länge det inte står false här kontrollerar och skriver CI och pre-commit ut filen som utkast (--luonnos): obesvarade frågor är varningar, och på varje sida i utskriften står UTKAST. När dokumentet är färdigt, skriv false här; då är en obesvarad fråga ett fel.",
    "init.date": "Dokumentets datum, t.ex. 21.10.2024 (frivilligt).",
    "init.phone": "{label} (frivilligt), t.ex. {example}",
    "init.example": "T.ex. '{example}'.",
    "init.optional": "(frivillig)",
    "init.optional_section": "Frivillig punkt: ta bort hela punkten om kommunen inte beskriver andra tjänster.",
    "init.note_slot": "Frivillig tilläggsinformation; skrivs ut före förteckningen.",
    "init.languages": "Språken som en förteckning på svenska (t.ex. arabiska, ukrainska) eller som ISO 639-koder (ar, uk).",
    "init.list": "Förteckning; lämna tom om det inte finns några samarbetsparter.",
    "init.actors": "Förteckning över aktörer, till exempel:",
    "init.actor_name": "Förening rf",
    "init.actor_description": "Kort beskrivning",
    "init.actor_activity": "Vänverksamhet",
    "init.literacy": "Lämna tom när utbildningen i läs- och skrivkunnighet har beskrivits ovan (svara bara på den ena av dessa två).",
    "init.groups": "Blanketten ber om en beskrivning av tjänsten för olika målgrupper: arbetssökande och personer som står utanför arbetskraften.",
    "init.table_rows": "raderna 1–{count} nedan (radens namn står som kommentar)",
    "init.centre": "Dokumentet lämnas in till: {centres} (livskraftscentralerna från 1.1.2026, lag 531/2025; åren 2024–2025 NTM-centralen).",
    "init.any_centre": "livskraftscentralen i området",
    "init.own_county": "{names}: kommunen hör inte till något välfärdsområde, utan staden ordnar själv välfärdsområdets tjänster (social- och hälsovård, räddningsväsende). Därför står stadens namn i svaren där välfärdsområdet skulle stå.",
    "init.aland": "{names}: kommun på Åland. Åland har med stöd av självstyrelselagen (1144/1991) egen lagstiftning, och kotodoc har inte kontrollerat om 13 § i integrationslagen (681/2023) gäller kommunen eller vilken myndighet som tar emot dokumentet. Kontrollera båda innan du utarbetar eller skickar dokumentet.",
    "init.aland_receiver": "mottagaren inte kontrollerad (Åland)",
    "init.approval": "{title} (frivilligt, inte på ANM:s blankett): {description} Ta blocket i bruk genom att ta bort tecknet # från raderna med en nyckel.",
    "init.joint": "{title} (inte på ANM:s blankett; skrivs ut som bilaga till dokumentet): {description}",
    "init.joint_coordinator": "Förslag: den första medlemskommunen; byt om en annan kommun samordnar.",
    "init.joint_counties": "Medlemskommunerna hör till olika välfärdsområden; här har de flestas område valts.",
    "init.joint_levels": "Ansvarsnivåer: {levels}. Alla uppgifter har 'kunta' (varje kommun själv) ifyllt: ändra enligt överenskommelsen och ta bort uppgifter som inte gäller gruppen.",
}
"""kotodoc's own fixed texts in Swedish, by key."""
