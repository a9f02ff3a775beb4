"""kotodoc's own fixed texts in Finnish: what kotodoc writes beside the TEM form's wording.

The agenda item's labels (as seed 001's minutes print them), the sentence kotodoc writes for H7 from
the approval block, the joint programme's appendix and cost split (the Mikkeli region's proposal of
20.6.2024, seed 000, for the vocabulary), and the comments of the file ``kotodoc init`` writes.
Keys are ``area.name``; ``{name}`` fields are filled in with ``str.format``. The same keys exist in
every language (:mod:`kotodoc.form.sv_own`).
"""

from __future__ import annotations

OWN: dict[str, str] = {
    # --- numbers: 160 000,00 €, 37,5 % ----------------------------------------------------------------
    "number.decimal": ",",
    "number.group": " ",
    # --- examples the editor schema shows (JSON Schema 'examples') --------------------------------------
    "example.part_heading": "Kiintiöpakolaiset",
    "example.prepared": "Marraskuu 2024, jatkossa tarvittaessa",
    "example.partner_area": "Keski-Pohjanmaan työllisyysalue",
    "example.partner_county": "Keski-Pohjanmaan hyvinvointialue Soite",
    "example.languages": "arabia, ukraina, venäjä",
    "example.email": "etunimi.sukunimi@kunta.fi",
    # --- the document's properties ---------------------------------------------------------------------
    "doc.page": "sivu {page} / {pages}",  # the footer's page number: Word's PAGE and NUMPAGES fields
    "doc.many_municipalities": "{first} ja {others} muuta kuntaa",  # whose document, in the footer
    "doc.translation": "",  # the Finnish wording is TEM's own
    # --- the agenda item (esityslistan asia), seed 001 ------------------------------------------------
    "agenda.subject": "Esityslistan asia: kotoutumisohjelmaa kuvaavan asiakirjan hyväksyminen",
    "agenda.keyword": "esityslista",
    "agenda.dnro": "Dnro",
    "agenda.valmistelijat": "Valmistelija",  # as the minutes print it, also for two preparers (seed 001)
    "agenda.esittelija": "Esittelijä",
    "agenda.paatosehdotus": "Päätösehdotus",
    "agenda.paatos": "Päätös",
    "agenda.attachments": "Liitteet",
    "agenda.attachment": "Liite {number} {name}",
    # --- H7 written from the approval block -----------------------------------------------------------
    "h7.sentence": "Kotoutumisohjelmaa kuvaavan asiakirjan käsittelee ja hyväksyy {body}",
    "h7.meeting": "kokous {date}",
    "h7.record": "dnro {number}",
    "h7.sent": "Asiakirja on lähetetty {to} {date}.",
    "h7.deadline": "Asiakirja toimitetaan {to} {date} mennessä.",
    "body.ely": "ELY-keskus",  # who received the document before 2026
    "body.centre": "elinvoimakeskus",  # from 2026, when the region is not known
    "h7.pending": "(kirjoitetaan hyväksymisen tiedoista)",
    # --- the joint programme's appendix ----------------------------------------------------------------
    "appendix.title": "Liite: Usean kunnan yhteistoiminta",
    "appendix.model": "Yhteistoiminnan malli",
    "appendix.members": "Jäsenkunnat",
    "appendix.coordinator": "Koordinoiva kunta",
    "appendix.county": "Hyvinvointialue",
    "appendix.areas": "Työllisyysalueet",
    "appendix.source": "Lähde",
    "appendix.note": "Huomautus",
    "appendix.municipality": "Kunta",
    "appendix.area": "Työllisyysalue",
    "appendix.population": "Asukasluku",
    "appendix.counts_note": "Asiakasmäärät asiakassegmenteittäin ({groups}).",
    "appendix.together": "yhteistyössä: {levels}",
    "appendix.division": "Tehtävänjako asiakasryhmittäin",
    "appendix.task": "Tehtävä",
    "appendix.legend": "Vastuutasot: {legend}. Viiva (–): tehtävää ei ole annettu asiakasryhmälle.",
    "appendix.repealed": "{task}: kumotun lain (1386/2010) termi; lain 681/2023 mukainen tehtävä on {modern} ({law}).",
    "appendix.other_tasks": "Muut tehtävät vastuutasoittain",
    "appendix.level": "Vastuutaso",
    "appendix.tasks": "Tehtävät",
    "appendix.deviations": "Poikkeamat yhteisestä tehtävänjaosta",
    "appendix.group": "Asiakasryhmä",
    "appendix.shared": "Yhteinen jako",
    "appendix.local": "Kunnassa",
    "appendix.reason": "Perustelu",
    # --- the cost split (appendix and `kotodoc costs`) -------------------------------------------------
    "costs.title": "Kustannusten jako",
    "costs.shares_title": "Kustannusten jako jäsenkunnille",
    "costs.segments_title": "Aiheuttamisperiaatteen mukainen osa asiakassegmenteittäin",
    "costs.municipality": "Kunta",
    "costs.population": "Asukasluku",
    "costs.clients": "Asiakkaat",
    "costs.by_population": "Asukasluvun mukaan (€)",
    "costs.by_causation": "Aiheuttamisperiaatteen mukaan (€)",
    "costs.total_euros": "Yhteensä (€)",
    "costs.share": "Osuus (%)",
    "costs.segment": "Asiakassegmentti",
    "costs.weight": "Paino (%)",
    "costs.used_weight": "Käytetty paino (%)",
    "costs.segment_euros": "Osuus (€)",
    "costs.total": "Yhteensä",
    "costs.annual": "Vuosikustannus {euros} €.",
    "costs.population_line": "Asukasluvun mukaan {percent} %: {euros} €.",
    "costs.causation_line": "Aiheuttamisperiaatteen mukaan {percent} % (asiakassegmenteittäin): {euros} €.",
    "costs.note": "Huomautus: {note}",
    "costs.method": (
        "Jakotapa: vuosikustannus jaetaan ensin asukasluvun mukaan jaettavaan ja aiheuttamisperiaatteen "
        "mukaan jaettavaan osaan. Asukasluvun mukainen osa jaetaan jäsenkuntien asukaslukujen suhteessa. "
        "Aiheuttamisperiaatteen mukainen osa jaetaan asiakassegmenteille painojen suhteessa (segmentti, jossa "
        "ei ole asiakkaita, ei saa osuutta, vaan sen paino jaetaan muille) ja segmentin sisällä jäsenkuntien "
        "asiakasmäärien suhteessa."),
    "costs.method_origin": (
        "Aiheuttamisperiaatteen mukaisen osan jako asiakassegmenteittäin ja niiden sisällä asiakasmäärien "
        "suhteessa on kotodocin menetelmä (ks. kotodocin ohje Usean kunnan yhteinen kotoutumisohjelma)."),
    "costs.rounding": (
        "Pyöristys: laskenta tehdään tarkoilla murtoluvuilla ja jaetaan kokonaisina sentteinä "
        "suurimman jäännöksen menetelmällä: jokainen saa tarkan osuutensa alaspäin pyöristettynä, ja jäljelle "
        "jäävät sentit annetaan yksi kerrallaan niille, joiden pyöristetty pois jäänyt osa on suurin "
        "(tasatilanteessa luettelossa ensin olevalle). Osuudet ovat yhteensä täsmälleen vuosikustannus: "
        "senttiäkään ei katoa eikä synny."),
    "costs.fallback": (
        "Painotetuissa asiakassegmenteissä ei ole asiakkaita, joten myös aiheuttamisperiaatteen mukainen osa "
        "on jaettu asukasluvun suhteessa."),
    # --- the file `kotodoc init` writes ---------------------------------------------------------------
    "init.placeholder": "täydennetään",
    "init.placeholder_email": "taydennetaan@kunta.invalid",
    "init.employment_area": "työllisyysalue",
    "init.county": "hyvinvointialue",
    "init.employment_authority": "työvoimaviranomainen ({area})",
    "init.intro": "{title} – {subtitle}. TEM:n lomake {date}; {law}.",
    "init.translation": "",
    "init.created": "Luotu komennolla: {command}",
    "init.howto_comments": "Jokaisen vastauksen yläpuolella on lomakkeen kysymys. #-merkillä alkavat rivit ovat ohjeita: ne eivät tulostu asiakirjaan.",
    "init.howto_fill": "Korvaa jokainen '{placeholder}' omalla tekstilläsi ja tarkista ehdotetut tiedot. Kirjoita pitkä vastaus |-merkin alle sisennettynä, kuten valmiissa kohdissa; rivinvaihdot säilyvät.",
    "init.howto_check": "Tarkista keskeneräinen tiedosto luonnoksena: kotodoc validate --luonnos {file} (varoitukset kertovat, mitä on vielä täydennettävä). Valmis asiakirja: kotodoc validate --strict.",
    "init.bilingual": "{names}: kaksikielinen kunta. Lomake: '{instruction}' Kohtien 1 ja 7 kuvauksissa (A) on siksi valmiina osat suomenkielisille (kieli: fi) ja ruotsinkielisille (kieli: sv) palveluille; muutkin vastaukset voi jakaa samoin. Jos palvelu on molemmilla kielillä sama, kuvaa se suomenkielisessä osassa ja poista ruotsinkielinen.",
    "init.version": "Tiedostomuodon versio; älä muuta.",
    "init.language": "Asiakirjan kieli: fi (suomi) tai sv (ruotsi).",
    "init.draft": "Luonnos vai valmis asiakirja? Niin kauan kuin tässä ei lue false, CI ja pre-commit tarkistavat ja tulostavat tiedoston luonnoksena (--luonnos): vastaamattomat kysymykset ovat varoituksia, ja tulosteen jokaisella sivulla lukee LUONNOS. Kun asiakirja on valmis, kirjoita tähän false; silloin vastaamaton kysymys on virhe.",
    "init.date": "Asiakirjan päiväys, esim. 21.10.2024 (vapaaehtoinen).",
    "init.phone": "{label} (vapaaehtoinen), esim. {example}",
    "init.example": "Esim. '{example}'.",
    "init.optional": "(vapaaehtoinen)",
    "init.optional_section": "Vapaaehtoinen kohta: poista koko kohta, jos kunta ei kuvaa muita palveluita.",
    "init.note_slot": "Vapaaehtoinen lisätieto; tulostuu ennen luetteloa.",
    "init.languages": "Kielet luettelona suomeksi (esim. arabia, ukraina) tai ISO 639 -koodeina (ar, uk).",
    "init.list": "Luettelo; jätä tyhjäksi, jos yhteistyötahoja ei ole.",
    "init.actors": "Luettelo toimijoista, esimerkiksi:",
    "init.actor_name": "Yhdistys ry",
    "init.actor_description": "Lyhyt kuvaus",
    "init.actor_activity": "Ystävätoiminta",
    "init.literacy": "Jätä tyhjäksi, kun luku- ja kirjoitustaidon koulutus on kuvattu yllä (vastaa vain toiseen näistä kahdesta).",
    "init.groups": "Lomake pyytää kuvaamaan palvelun eri kohderyhmien osalta: työnhakijat ja työvoiman ulkopuolella olevat.",
    "init.table_rows": "rivit 1–{count} alla (rivin nimi on kommenttina)",
    "init.centre": "Asiakirja toimitetaan: {centres} (elinvoimakeskukset 1.1.2026 alkaen, laki 531/2025; vuosina 2024–2025 ELY-keskus).",
    "init.any_centre": "alueen elinvoimakeskus",
    "init.own_county": "{names}: kunta ei kuulu hyvinvointialueeseen, vaan kaupunki järjestää itse hyvinvointialueen palvelut (sosiaali- ja terveyspalvelut, pelastustoimi). Siksi hyvinvointialueen paikalla on vastauksissa kaupungin nimi.",
    "init.aland": "{names}: Ahvenanmaan kunta. Ahvenanmaalla on itsehallintolain (1144/1991) nojalla omaa lainsäädäntöä, eikä kotodoc ole tarkistanut, koskeeko kotoutumislain (681/2023) 13 § kuntaa eikä mikä viranomainen vastaanottaa asiakirjan. Tarkista molemmat ennen kuin laadit tai lähetät asiakirjan.",
    "init.aland_receiver": "vastaanottaja tarkistamatta (Ahvenanmaa)",
    "init.approval": "{title} (vapaaehtoinen, ei TEM:n lomakkeella): {description} Ota käyttöön poistamalla #-merkit riveiltä, joilla on avain.",
    "init.joint": "{title} (ei TEM:n lomakkeella; tulostuu asiakirjan liitteeksi): {description}",
    "init.joint_coordinator": "Ehdotus: ensimmäinen jäsenkunta; vaihda, jos koordinoiva kunta on toinen.",
    "init.joint_counties": "Jäsenkunnat kuuluvat eri hyvinvointialueisiin; tähän on valittu useimpien alue.",
    "init.joint_levels": "Vastuutasot: {levels}. Kaikille tehtäville on valmiina 'kunta' (kukin kunta itse): muuta sovitun mukaan ja poista tehtävät, jotka eivät koske ryhmää.",
}
"""kotodoc's own fixed texts in Finnish, by key."""
