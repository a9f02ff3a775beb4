"""Finnish texts of the fields and blocks kotodoc adds to the TEM form.

The form has no place for some facts a municipality keeps with its programme: the file's version
and language, the parts of a split answer, the approval of the document (the board's agenda item)
and a joint programme of several municipalities. Their titles and descriptions (shown by editors
from the JSON Schema, and used to name places in messages) are keyed ``"Class.field"`` by the
schema class that holds the field. The joint block's labels (client groups, tasks, levels) follow
the Mikkeli region's proposal of 20.6.2024 (seed 000).
"""

from __future__ import annotations

from kotodoc.form.fieldset import build_fields

TARGET_GROUPS: dict[str, str] = {
    "tyonhakijat": "Työnhakijat",
    "tyovoiman_ulkopuoliset": "Työvoiman ulkopuolella olevat",
    "kaikki": "Kaikki kohderyhmät",
    "muu": "Muu kohderyhmä",
}
"""Labels of a split answer's target groups (shared with :mod:`kotodoc.form.fi`)."""

CLIENT_GROUPS: dict[str, str] = {
    "pakolaiset": "Pakolaiset",
    "ilman_huoltajaa": "Ilman huoltajaa tulevat lapset ja nuoret",
    "tyo_ja_koulutusperaiset": "Työ- ja koulutusperäiset maahanmuuttajat",
    "tyovoiman_ulkopuoliset": "Kotoutumisaikaiset, työvoiman ulkopuolella olevat",
}

DIVISION_GROUPS: dict[str, str] = {
    **CLIENT_GROUPS,
    "tyonhakijat": "Työnhakijat (työvoimaviranomaisen asiakkaat)",
}
"""The task division may also give the job seekers' tasks (not a cost segment: the employment
authority's services are not part of the joint service's costs)."""

JOINT: dict[str, dict[str, str]] = {
    "client_groups": CLIENT_GROUPS,
    "division_groups": DIVISION_GROUPS,
    "client_groups_short": {
        "pakolaiset": "Pakolaiset",
        "ilman_huoltajaa": "Ilman huoltajaa tulevat",
        "tyo_ja_koulutusperaiset": "Työ- ja koulutusperäiset",
        "tyovoiman_ulkopuoliset": "Työvoiman ulkopuoliset",
    },
    "tasks": {
        "neuvottelut_vastaanottamisesta": "Neuvottelut vastaanottamisesta",
        "vastaanotto_ja_varautuminen": "Vastaanotto ja varautuminen",
        "asettautumispalvelut": "Asettautumispalvelut",
        "ohjaus_ja_neuvonta": "Ohjaus ja neuvonta",
        "alkukartoitukset": "Alkukartoitukset",
        "palvelutarpeen_arviointi": "Osaamisen ja kotoutumisen palvelutarpeen arviointi",
        "kotoutumissuunnitelma": "Kotoutumissuunnitelma",
        "monikielinen_yhteiskuntaorientaatio": "Monikielinen yhteiskuntaorientaatio",
        "kotoutumiskoulutus": "Kotoutumiskoulutus",
        "korvausten_hakeminen": "Korvausten hakeminen",
        "perheryhmakodit": "Perheryhmäkodit",
    },
    "levels": {
        "kunta": "Kunta itse",
        "yhteinen_palvelu": "Seudullinen/maakunnallinen palvelu",
        "tyollisyysalue": "Työllisyysalue",
        "hyvinvointialue": "Hyvinvointialue",
    },
    "arrangements": {
        "seudullinen": "Seudullinen palvelu",
        "maakunnallinen": "Maakunnallinen palvelu",
    },
}

_STATIC: dict[str, tuple[str, str]] = {
    "Programme.skeemaversio": ("Skeemaversio", "kotodoc-tiedostomuodon versio; nykyinen on 1."),
    "Programme.kieli": ("Asiakirjan kieli", "fi (suomi, oletus) tai sv (ruotsi)."),
    "Programme.luonnos": ("Luonnos", "true: asiakirja on keskeneräinen luonnos (vastaamattomat kysymykset ovat varoituksia, ja tulosteen jokaisella sivulla lukee LUONNOS). false: asiakirja on valmis, myös kun tarkistus ajetaan valitsimella --luonnos. Ilman arvoa päättää valitsin --luonnos."),
    "Programme.paivays": ("Päiväys", "Asiakirjan päiväys, esim. 21.10.2024."),
    "Programme.perustiedot": ("Perustiedot", "Lomakkeen alun kentät (kunta, yhteyshenkilö ...)."),
    "Programme.vastuutaulukko": ("Vastuutaulukko", "Kuka tuottaa kunkin palvelun työnhakijoille ja muille kotoutuja-asiakkaille."),
    "Programme.hyvaksyminen": ("Käsittely ja hyväksyminen", "Asiakirjan hyväksymisen tiedot (toimielin, kokous, diaarinumero, valmistelijat, päätösehdotus, toimittaminen elinvoimakeskukselle); niistä tulostuu esityslistan asia. Kun lohko on annettu, perustietojen H7 voidaan jättää pois: se kirjoitetaan lohkon tiedoista. Yhteisohjelmassa, jonka jäsenkunnat hyväksyvät kukin omassa toimielimessään, lohkoja on yksi kuntaa kohden (luettelo, kussakin kunta)."),
    "Programme.yhteistoiminta": ("Yhteistoiminta", "Usean kunnan yhteinen kotoutumisohjelma: jäsenkunnat, koordinoiva kunta, työllisyysalueet, hyvinvointialue, tehtävänjako asiakasryhmittäin ja kustannusten jako (liite)."),
    "Part.kieli": ("Palvelukieli", "fi = suomenkieliset palvelut, sv = ruotsinkieliset palvelut."),
    "Part.otsikko": ("Otsikko", "Osan otsikko asiakirjassa, esim. 'Kiintiöpakolaiset'. Pakollinen, kun kohderyhma on muu."),
    "Part.teksti": ("Teksti", "Vastaus tämän osan osalta."),
    "Contact.nimi": ("Nimi", "Yhteyshenkilön nimi."),
    "Contact.nimike": ("Tehtävänimike", "Esim. 'Kotoutumiskoordinaattori'."),
    "Contact.puhelin": ("Puhelin", "Esim. 040 1234567 tai +358 40 1234567."),
    "Contact.sahkoposti": ("Sähköposti", "Esim. etunimi.sukunimi@kunta.fi."),
    "Actor.nimi": ("Toimija", "Järjestön, yhdistyksen tai muun toimijan nimi."),
    "Actor.kuvaus": ("Kuvaus", "Vapaa kuvaus toimijasta."),
    "Actor.toiminta": ("Toiminta", "Toimijan toiminnot luettelona."),
    "Approval.kunta": ("Kunta", "Kunta, jonka toimielin asiakirjan käsittelee; tarpeen, kun yhteisohjelman jäsenkunnat hyväksyvät asiakirjan kukin omassa toimielimessään."),
    "Approval.toimielin": ("Käsittelevä toimielin", "Toimielin tai viranhaltija, joka käsittelee tai hyväksyy asiakirjan, esim. 'Hyvinvointilautakunta', 'Kaupunginhallitus' tai 'Sivistysjohtaja' (viranhaltijapäätös). Laki ei edellytä hyväksymistä."),
    "Approval.lyhenne": ("Toimielimen lyhenne", "Esim. 'HYVOLTK'."),
    "Approval.kokouspaiva": ("Kokouspäivä", "Kokouksen päivämäärä, esim. 13.11.2024."),
    "Approval.ajankohta": ("Käsittelyn ajankohta", "Kun kokouspäivää ei vielä tiedetä, esim. 'marraskuussa 2024'."),
    "Approval.pykala": ("Pykälä", "Asian pykälänumero pöytäkirjassa, esim. '45'."),
    "Approval.diaarinumero": ("Diaarinumero", "Asian diaari- eli asianumero, esim. '442/14.07.00/2024' (numero/tehtäväluokka/vuosi)."),
    "Approval.valmistelijat": ("Valmistelijat", "Asian valmistelijat nimikkeineen."),
    "Approval.esittelija": ("Esittelijä", "Asian esittelijä nimikkeineen."),
    "Approval.paatosehdotus": ("Päätösehdotus", "Esim. 'Hyvinvointilautakunta hyväksyy kunnan kotoutumisohjelman ja sitä kuvaavan asiakirjan.'"),
    "Approval.paatos": ("Päätös", "Toimielimen päätös, kun asia on käsitelty."),
    "Approval.elinvoimakeskus": ("Toimittaminen elinvoimakeskukselle", "TEM:n kirje, määräaika ja lähetyspäivä. Vuodesta 2026 asiakirja toimitetaan alueen elinvoimakeskukselle (laki 531/2025)."),
    "Approval.ely": ("Toimittaminen ELY-keskukselle", "Vuosien 2024–2025 asiakirjoille (ELY-keskukset lakkautettiin 1.1.2026): TEM:n kirje, määräaika ja lähetyspäivä. Vuodesta 2026 kirjoita avain elinvoimakeskus."),
    "Approval.ely_keskus": ("Toimittaminen ELY-keskukselle", "Sama kuin ely: vuosien 2024–2025 asiakirjoille. Vuodesta 2026 kirjoita avain elinvoimakeskus."),
    "Approval.edellinen_versio": ("Edellinen versio", "Hyväksytty edellinen versio, johon esityslistan asia vertaa (Muutokset edelliseen versioon): git-versio kuten 'v2024' tai 'HEAD~1' (sama tiedosto siinä versiossa), 'VERSIO:POLKU' tai tiedoston nimi tämän tiedoston hakemistossa."),
    "Person.nimike": ("Tehtävänimike", "Esim. 'Hyvinvointijohtaja'."),
    "Person.nimi": ("Nimi", "Nimi pöytäkirjan tapaan, esim. 'Kettunen Matti'."),
    "Submission.tem_kirje": ("TEM:n kirjeen päiväys", "Päivä, jolle päivätyllä kirjeellä TEM pyysi asiakirjaa; vuoden 2024 kierroksella 19.6.2024."),
    "Submission.maaraaika": ("Määräaika", "Mihin mennessä asiakirja toimitetaan elinvoimakeskukselle (vuosina 2024–2025 ELY-keskukselle); vuoden 2024 kierroksella 5.12.2024. Ei oletusarvoa: kirjoita kierroksen määräaika, jos sellainen on."),
    "Submission.lahetetty": ("Lähetyspäivä", "Päivä, jona asiakirja lähetettiin elinvoimakeskukselle (vuosina 2024–2025 ELY-keskukselle)."),
    "JointProgramme.malli": ("Yhteistoiminnan malli", "seudullinen (seudun kuntien yhteinen palvelu) tai maakunnallinen (maakunnan kaikkien kuntien yhteinen palvelu)."),
    "JointProgramme.koordinoiva_kunta": ("Koordinoiva kunta", "Yhteistoimintaa koordinoiva jäsenkunta."),
    "JointProgramme.hyvinvointialue": ("Hyvinvointialue", "Hyvinvointialueen nimi: lyhyt (esim. Etelä-Savo), virallinen (Etelä-Savon hyvinvointialue), ruotsinkielinen tai alueen tunnettu nimi (Eloisa)."),
    "JointProgramme.tyollisyysalueet": ("Työllisyysalueet", "Jäsenkuntien työllisyysalueet."),
    "JointProgramme.lahde": ("Lähde", "Asiakirja, johon tehtävänjako perustuu."),
    "JointProgramme.huomautus": ("Huomautus", "Näkyvä huomautus yhteistoiminnan tiedoista."),
    "JointProgramme.jasenet": ("Jäsenkunnat", "Yhteistoiminnan jäsenkunnat; samat kuin perustiedoissa (H1)."),
    "JointProgramme.tehtavanjako": ("Tehtävänjako asiakasryhmittäin", "Asiakasryhmä › tehtävä › vastuutaso: kunta, yhteinen_palvelu, tyollisyysalue, hyvinvointialue."),
    "JointProgramme.muut_tehtavat": ("Muut tehtävät vastuutasoittain", "Asiakasryhmiin sitomattomat tehtävät."),
    "JointProgramme.kustannukset": ("Kustannusten jako", "Yhteisen palvelun kustannusten jako jäsenkunnille."),
    "Member.kunta": ("Kunta", "Kunnan nimi, kuten perustiedoissa (H1)."),
    "Member.tyollisyysalue": ("Työllisyysalue", "Kunnan työllisyysalue (yksi yhteistoiminnan työllisyysalueista)."),
    "Member.asukasluku": ("Asukasluku", "Kokonaisluku ilman välilyöntejä; tarvitaan kustannusten jakoon."),
    "Member.asiakkaat": ("Asiakasmäärät asiakassegmenteittäin", "Asiakkaiden määrä segmenteittäin (kokonaislukuja); tarvitaan kustannusten jakoon."),
    "Member.poikkeamat": ("Poikkeamat yhteisestä tehtävänjaosta", "Tehtävät, jotka kunta hoitaa itse tai muuten kuin yhteisen jaon mukaan."),
    "Deviation.vastuu": ("Vastuutaso", "Kuka tehtävästä vastaa tässä kunnassa (oletus: kunta itse)."),
    "Deviation.perustelu": ("Perustelu", "Miksi kunta poikkeaa yhteisestä jaosta."),
    "TaskDivision.huomautus": ("Huomautus", "Vapaa lisätieto tehtävänjaosta."),
    "GroupTasks.alkukartoitukset": ("Alkukartoitukset", "Kumotun lain (1386/2010) termi, sama tehtävä kuin palvelutarpeen_arviointi."),
    "Responsibility.yhteistyossa": ("Yhteistyössä", "Tasot, joiden kanssa tehtävä toteutetaan tiiviissä yhteistyössä (vastuu ei siirry)."),
    "Responsibility.huomautus": ("Huomautus", "Vapaa lisätieto tehtävästä."),
    "CostSplit.vuosikustannus": ("Yhteisen palvelun vuosikustannus (euroa)", "Euroina ilman välilyöntejä ja €-merkkiä, esim. 250000 tai 250000,50."),
    "CostSplit.asukasluvun_osuus": ("Asukasluvun mukaan jaettava osuus (%)", "Jäsenkuntien sopima osuus (esimerkiksi Mikkelin seudun esityksessä 20.6.2024: 30–50 %)."),
    "CostSplit.aiheuttamisperiaatteen_osuus": ("Aiheuttamisperiaatteen mukaan jaettava osuus (%)", "Asiakassegmenteittäin (esimerkiksi Mikkelin seudun esityksessä 20.6.2024: 50–70 %). Osuuksien summa on 100 %."),
    "CostSplit.segmenttien_painot": ("Asiakassegmenttien painot (% aiheuttamisperusteisesta osuudesta)", "Kotodocin menetelmä: aiheuttamisperusteinen osuus jaetaan segmenteille näillä painoilla (summa 100 %; oletus: kaikille segmenteille sama paino), segmentin sisällä jäsenten asiakasmäärien suhteessa."),
    "CostSplit.huomautus": ("Huomautus", "Näkyvä huomautus luvuista, esim. että ne ovat havainnollistavia."),
}


FIELDS: dict[str, tuple[str, str]] = build_fields(_STATIC, TARGET_GROUPS, JOINT, {
    "Part.kohderyhma": ("Kohderyhmä", "Kohderyhmä, jota tämä osa koskee: {labelled}."),
    "Deviation.ryhma": ("Asiakasryhmä", "Asiakasryhmä: {keys}."),
    "Deviation.tehtava": ("Tehtävä", "Tehtävä: {keys}."),
    "Responsibility.vastuu": ("Vastuutaso", "Vastuussa oleva taso: {labelled}."),
    "TaskDivision": ("", "Asiakasryhmän «{label}» tehtävät."),
    "GroupTasks": ("", "Vastuutaso tehtävälle «{label}»."),
    "OtherTasks": ("", "{label}: tehtävät luettelona, esityksen sanoin."),
    "OtherTasks.kunta": ("Kunkin kunnan omat tehtävät", ""),
    "OtherTasks.yhteinen_palvelu": ("Yhteisen palvelun tehtävät", ""),
    "OtherTasks.tyollisyysalue": ("Työllisyysalueen tehtävät", ""),
    "OtherTasks.hyvinvointialue": ("Hyvinvointialueen tehtävät", ""),
})
"""Title and description of every field kotodoc adds, keyed ``"Class.field"``."""
