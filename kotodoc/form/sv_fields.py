"""Swedish texts of the fields and blocks kotodoc adds to the TEM form (kotodoc's translation).

The same keys as :mod:`kotodoc.form.fi_fields`. Terms follow kotoutuminen.fi/sv and the Finland-Swedish
vocabulary of municipal minutes collected in the project's translation notes: *välfärdsområde*,
*sysselsättningsområde*, *arbetskraftsmyndighet*, *NTM-central*, *föredragningslista*, *beredare*,
*föredragande*, *beslutsförslag*, *diarienummer*. The joint block's labels translate the Mikkeli region's
Finnish proposal (seed 000); several of them are kotodoc's own wording (the notes list which).
"""

from __future__ import annotations

from kotodoc.form.fieldset import build_fields

TARGET_GROUPS: dict[str, str] = {
    "tyonhakijat": "Arbetssökande",
    "tyovoiman_ulkopuoliset": "Personer som står utanför arbetskraften",
    "kaikki": "Alla målgrupper",
    "muu": "Annan målgrupp",
}
"""Labels of a split answer's target groups (shared with :mod:`kotodoc.form.sv`)."""

CLIENT_GROUPS: dict[str, str] = {
    "pakolaiset": "Flyktingar",
    "ilman_huoltajaa": "Barn och unga som kommer utan vårdnadshavare",
    "tyo_ja_koulutusperaiset": "Invandrare som kommit för arbete eller studier",
    "tyovoiman_ulkopuoliset": "Personer under integrationstiden som står utanför arbetskraften",
}

DIVISION_GROUPS: dict[str, str] = {
    **CLIENT_GROUPS,
    "tyonhakijat": "Arbetssökande (arbetskraftsmyndighetens kunder)",
}
"""The task division may also give the job seekers' tasks (not a cost segment)."""

JOINT: dict[str, dict[str, str]] = {
    "client_groups": CLIENT_GROUPS,
    "division_groups": DIVISION_GROUPS,
    "client_groups_short": {
        "pakolaiset": "Flyktingar",
        "ilman_huoltajaa": "Utan vårdnadshavare",
        "tyo_ja_koulutusperaiset": "Arbete eller studier",
        "tyovoiman_ulkopuoliset": "Utanför arbetskraften",
    },
    "tasks": {
        "neuvottelut_vastaanottamisesta": "Förhandlingar om mottagande",
        "vastaanotto_ja_varautuminen": "Mottagande och beredskap",
        "asettautumispalvelut": "Bosättningstjänster",
        "ohjaus_ja_neuvonta": "Vägledning och rådgivning",
        "alkukartoitukset": "Inledande kartläggningar",
        "palvelutarpeen_arviointi": "Bedömning av kompetens och behovet av integrationstjänster",
        "kotoutumissuunnitelma": "Integrationsplan",
        "monikielinen_yhteiskuntaorientaatio": "Flerspråkig samhällsorientering",
        "kotoutumiskoulutus": "Integrationsutbildning",
        "korvausten_hakeminen": "Ansökan om ersättningar",
        "perheryhmakodit": "Familjegrupphem",
    },
    "levels": {
        "kunta": "Kommunen själv",
        "yhteinen_palvelu": "Regional/landskapsomfattande tjänst",
        "tyollisyysalue": "Sysselsättningsområde",
        "hyvinvointialue": "Välfärdsområde",
    },
    "arrangements": {
        "seudullinen": "Regional tjänst",
        "maakunnallinen": "Landskapsomfattande tjänst",
    },
}

_STATIC: dict[str, tuple[str, str]] = {
    "Programme.skeemaversio": ("Schemaversion", "Versionen av kotodocs filformat; den nuvarande är 1."),
    "Programme.kieli": ("Dokumentets språk", "fi (finska, standard) eller sv (svenska)."),
    "Programme.luonnos": ("Utkast", "true: dokumentet är ett ofärdigt utkast (obesvarade frågor är varningar, och på varje sida i utskriften står UTKAST). false: dokumentet är färdigt, också när kontrollen körs med väljaren --luonnos. Utan värde avgör väljaren --luonnos."),
    "Programme.paivays": ("Datum", "Dokumentets datum, t.ex. 21.10.2024."),
    "Programme.perustiedot": ("Basuppgifter", "Fälten i början av blanketten (kommun, kontaktperson ...)."),
    "Programme.vastuutaulukko": ("Ansvarstabell", "Vem som producerar varje tjänst för arbetssökande och för övriga integrationskunder."),
    "Programme.hyvaksyminen": ("Behandling och godkännande", "Uppgifterna om godkännandet av dokumentet (organ, sammanträde, diarienummer, beredare, beslutsförslag, inlämning till livskraftscentralen); av dem skrivs ärendet på föredragningslistan ut. När blocket finns kan H7 i basuppgifterna utelämnas: den skrivs utifrån blockets uppgifter. I ett gemensamt program där medlemskommunerna godkänner dokumentet var och en i sitt eget organ finns ett block per kommun (en förteckning, med kunta i varje block)."),
    "Programme.yhteistoiminta": ("Samarbete", "Ett gemensamt integrationsprogram för flera kommuner: medlemskommuner, samordnande kommun, sysselsättningsområden, välfärdsområde, uppgiftsfördelning per kundgrupp och kostnadsfördelning (bilaga)."),
    "Part.kieli": ("Tjänstespråk", "fi = finskspråkiga tjänster, sv = svenskspråkiga tjänster."),
    "Part.otsikko": ("Rubrik", "Delens rubrik i dokumentet, t.ex. 'Kvotflyktingar'. Obligatorisk när kohderyhma är muu."),
    "Part.teksti": ("Text", "Svaret för denna del."),
    "Contact.nimi": ("Namn", "Kontaktpersonens namn."),
    "Contact.nimike": ("Befattning", "T.ex. 'Integrationskoordinator'."),
    "Contact.puhelin": ("Telefon", "T.ex. 040 1234567 eller +358 40 1234567."),
    "Contact.sahkoposti": ("E-post", "T.ex. fornamn.efternamn@kommun.fi."),
    "Actor.nimi": ("Aktör", "Namnet på organisationen, föreningen eller en annan aktör."),
    "Actor.kuvaus": ("Beskrivning", "Fri beskrivning av aktören."),
    "Actor.toiminta": ("Verksamhet", "Aktörens verksamhet som en förteckning."),
    "Approval.kunta": ("Kommun", "Den kommun vars organ behandlar dokumentet; behövs när medlemskommunerna i ett gemensamt program godkänner dokumentet var och en i sitt eget organ."),
    "Approval.toimielin": ("Behandlande organ", "Det organ eller den tjänsteinnehavare som behandlar eller godkänner dokumentet, t.ex. 'Välfärdsnämnden', 'Stadsstyrelsen' eller 'Bildningsdirektören' (tjänsteinnehavarbeslut). Lagen förutsätter inte att dokumentet godkänns."),
    "Approval.lyhenne": ("Organets förkortning", "T.ex. 'HYVOLTK'."),
    "Approval.kokouspaiva": ("Sammanträdesdag", "Sammanträdets datum, t.ex. 13.11.2024."),
    "Approval.ajankohta": ("Tidpunkt för behandlingen", "När sammanträdesdagen ännu inte är känd, t.ex. 'i november 2024'."),
    "Approval.pykala": ("Paragraf", "Ärendets paragrafnummer i protokollet, t.ex. '45'."),
    "Approval.diaarinumero": ("Diarienummer", "Ärendets diarienummer (ärendenummer), t.ex. '442/14.07.00/2024' (nummer/uppgiftsklass/år)."),
    "Approval.valmistelijat": ("Beredare", "Ärendets beredare med befattning."),
    "Approval.esittelija": ("Föredragande", "Ärendets föredragande med befattning."),
    "Approval.paatosehdotus": ("Beslutsförslag", "T.ex. 'Välfärdsnämnden godkänner kommunens integrationsprogram och dokumentet som beskriver det.'"),
    "Approval.paatos": ("Beslut", "Organets beslut, när ärendet har behandlats."),
    "Approval.edellinen_versio": ("Föregående version", "Den godkända föregående versionen som ärendet på föredragningslistan jämförs med (Ändringar jämfört med den föregående versionen): en git-version som 'v2024' eller 'HEAD~1' (samma fil i den versionen), 'VERSION:SÖKVÄG' eller ett filnamn i denna fils katalog."),
    "Approval.elinvoimakeskus": ("Inlämning till livskraftscentralen", "ANM:s brev, tidsfristen och dagen då dokumentet skickades. Från 2026 lämnas dokumentet in till livskraftscentralen i området (lag 531/2025)."),
    "Approval.ely": ("Inlämning till NTM-centralen", "För dokument från åren 2024–2025 (NTM-centralerna lades ner 1.1.2026): ANM:s brev, tidsfristen och dagen då dokumentet skickades. Från 2026 skriv nyckeln elinvoimakeskus."),
    "Approval.ely_keskus": ("Inlämning till NTM-centralen", "Samma som ely: för dokument från åren 2024–2025. Från 2026 skriv nyckeln elinvoimakeskus."),
    "Person.nimike": ("Befattning", "T.ex. 'Välfärdsdirektör'."),
    "Person.nimi": ("Namn", "Namnet så som det skrivs i protokollet, t.ex. 'Kettunen Matti'."),
    "Submission.tem_kirje": ("Datum för ANM:s brev", "Datum för det brev med vilket ANM begärde in dokumentet; i 2024 års omgång 19.6.2024."),
    "Submission.maaraaika": ("Tidsfrist", "Senast när dokumentet ska lämnas in till livskraftscentralen (åren 2024–2025 till NTM-centralen); i 2024 års omgång 5.12.2024. Inget standardvärde: skriv omgångens tidsfrist, om en sådan finns."),
    "Submission.lahetetty": ("Dag då dokumentet skickades", "Den dag då dokumentet skickades till livskraftscentralen (åren 2024–2025 till NTM-centralen)."),
    "JointProgramme.malli": ("Samarbetsmodell", "seudullinen (regional: en gemensam tjänst för kommunerna i regionen) eller maakunnallinen (landskapsomfattande: en gemensam tjänst för alla kommuner i landskapet)."),
    "JointProgramme.koordinoiva_kunta": ("Samordnande kommun", "Den medlemskommun som samordnar samarbetet."),
    "JointProgramme.hyvinvointialue": ("Välfärdsområde", "Välfärdsområdets namn: det korta (t.ex. Etelä-Savo), det officiella (Etelä-Savon hyvinvointialue), det svenska eller områdets kända namn (Eloisa)."),
    "JointProgramme.tyollisyysalueet": ("Sysselsättningsområden", "Medlemskommunernas sysselsättningsområden."),
    "JointProgramme.lahde": ("Källa", "Det dokument som uppgiftsfördelningen grundar sig på."),
    "JointProgramme.huomautus": ("Anmärkning", "En synlig anmärkning om uppgifterna om samarbetet."),
    "JointProgramme.jasenet": ("Medlemskommuner", "Samarbetets medlemskommuner; desamma som i basuppgifterna (H1)."),
    "JointProgramme.tehtavanjako": ("Uppgiftsfördelning per kundgrupp", "Kundgrupp › uppgift › ansvarsnivå: kunta, yhteinen_palvelu, tyollisyysalue, hyvinvointialue."),
    "JointProgramme.muut_tehtavat": ("Övriga uppgifter per ansvarsnivå", "Uppgifter som inte är bundna till kundgrupper."),
    "JointProgramme.kustannukset": ("Kostnadsfördelning", "Fördelningen av den gemensamma tjänstens kostnader mellan medlemskommunerna."),
    "Member.kunta": ("Kommun", "Kommunens namn, så som i basuppgifterna (H1)."),
    "Member.tyollisyysalue": ("Sysselsättningsområde", "Kommunens sysselsättningsområde (ett av samarbetets sysselsättningsområden)."),
    "Member.asukasluku": ("Invånarantal", "Heltal utan mellanslag; behövs för kostnadsfördelningen."),
    "Member.asiakkaat": ("Antal kunder per kundsegment", "Antal kunder per segment (heltal); behövs för kostnadsfördelningen."),
    "Member.poikkeamat": ("Avvikelser från den gemensamma uppgiftsfördelningen", "Uppgifter som kommunen sköter själv eller på annat sätt än enligt den gemensamma fördelningen."),
    "Deviation.vastuu": ("Ansvarsnivå", "Vem som ansvarar för uppgiften i denna kommun (standard: kommunen själv)."),
    "Deviation.perustelu": ("Motivering", "Varför kommunen avviker från den gemensamma fördelningen."),
    "TaskDivision.huomautus": ("Anmärkning", "Fri tilläggsinformation om uppgiftsfördelningen."),
    "GroupTasks.alkukartoitukset": ("Inledande kartläggningar", "Term i den upphävda lagen (1386/2010), samma uppgift som palvelutarpeen_arviointi."),
    "Responsibility.yhteistyossa": ("I samarbete med", "Nivåer i nära samarbete med vilka uppgiften genomförs (ansvaret överförs inte)."),
    "Responsibility.huomautus": ("Anmärkning", "Fri tilläggsinformation om uppgiften."),
    "CostSplit.vuosikustannus": ("Den gemensamma tjänstens årskostnad (euro)", "I euro utan mellanslag och €-tecken, t.ex. 250000 eller 250000,50."),
    "CostSplit.asukasluvun_osuus": ("Andel som fördelas enligt invånarantal (%)", "Den andel som medlemskommunerna har kommit överens om (till exempel i Mikkeliregionens förslag 20.6.2024: 30–50 %)."),
    "CostSplit.aiheuttamisperiaatteen_osuus": ("Andel som fördelas enligt orsaksprincipen (%)", "Per kundsegment (till exempel i Mikkeliregionens förslag 20.6.2024: 50–70 %). Andelarnas summa är 100 %."),
    "CostSplit.segmenttien_painot": ("Kundsegmentens vikter (% av andelen enligt orsaksprincipen)", "Kotodocs metod: andelen enligt orsaksprincipen fördelas mellan segmenten med dessa vikter (summa 100 %; standard: samma vikt för alla segment), inom segmentet i proportion till medlemmarnas antal kunder."),
    "CostSplit.huomautus": ("Anmärkning", "En synlig anmärkning om siffrorna, t.ex. att de är illustrativa."),
}

FIELDS: dict[str, tuple[str, str]] = build_fields(_STATIC, TARGET_GROUPS, JOINT, {
    "Part.kohderyhma": ("Målgrupp", "Den målgrupp som denna del gäller: {labelled}."),
    "Deviation.ryhma": ("Kundgrupp", "Kundgrupp: {keys}."),
    "Deviation.tehtava": ("Uppgift", "Uppgift: {keys}."),
    "Responsibility.vastuu": ("Ansvarsnivå", "Ansvarig nivå: {labelled}."),
    "TaskDivision": ("", "Uppgifterna för kundgruppen «{label}»."),
    "GroupTasks": ("", "Ansvarsnivå för uppgiften «{label}»."),
    "OtherTasks": ("", "{label}: uppgifterna som en förteckning, med förslagets ord."),
    "OtherTasks.kunta": ("Varje kommuns egna uppgifter", ""),
    "OtherTasks.yhteinen_palvelu": ("Den gemensamma tjänstens uppgifter", ""),
    "OtherTasks.tyollisyysalue": ("Sysselsättningsområdets uppgifter", ""),
    "OtherTasks.hyvinvointialue": ("Välfärdsområdets uppgifter", ""),
})
"""Title and description of every field kotodoc adds, keyed ``"Class.field"``."""
