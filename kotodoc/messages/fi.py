"""The message catalogue in Finnish: every code's text, what to do about it, and the words around them.

The command line's own texts (help, usage errors, notes) are in :mod:`kotodoc.messages.fi_cli`. The
words and phrases messages are built from are in :mod:`kotodoc.messages.fi_words`.

Texts and advice are ``str.format`` templates over a diagnostic's parameters; a printed message is
the text followed by the advice, so every message ends with what to do. A parameter that names a place
of the document, a label of the form or a suggestion is resolved in the reader's language when the
message is printed (:func:`kotodoc.messages.render`). Each code's legal or formal ground, and why it is
an error or a warning, is in :mod:`kotodoc.messages.fi_grounds`.
"""

from __future__ import annotations

from kotodoc.messages.fi_cli import HELP_WORDS, UI
from kotodoc.messages.fi_grounds import GROUNDS
from kotodoc.messages.fi_words import PHRASES, WORDS
from kotodoc.messages.texts import Text

__all__ = ["FAMILIES", "HELP_WORDS", "MESSAGES", "PHRASES", "SEVERITY", "UI", "WORDS"]  # UI, HELP_WORDS: the command line's (fi_cli); WORDS, PHRASES: fi_words

FAMILIES: dict[str, str] = {  # the code's first digit -> the family's name in the user guide
    "1": "Tiedoston lukeminen",
    "2": "Rakenne: avaimet, arvot ja muodot",
    "3": "Lain ja lomakkeen vaatimukset",
    "4": "Sisältöä koskevat neuvot",
    "5": "Usean kunnan yhteistoiminta",
    "6": "Käsittely ja hyväksyminen",
}

SEVERITY: dict[str, str] = {"error": "virhe", "warning": "varoitus"}

_TEXTS: dict[str, Text] = {
    "KD101": Text(
        "YAML-syntaksivirhe: {problem}",
        "Korjaa kohta: tarkista sisennys, kaksoispisteet ja lainausmerkit."),
    "KD102": Text(
        "Avain '{key}' on kahdesti samassa kohdassa (myös rivillä {first_line})",
        "Poista toinen avaimista tai yhdistä niiden sisältö."),
    "KD103": Text(
        "Tiedosto ei ole UTF-8-merkistössä ({detail})",
        "Tallenna tiedosto UTF-8-muodossa (Muistio: Tallenna nimellä > Koodaus: UTF-8)."),
    "KD104": Text(
        "Tiedostossa on useampi YAML-dokumentti; sallittu on vain yksi",
        "Poista '---'-erotin ja jaa ohjelmat eri tiedostoihin."),
    "KD105": Text(
        "Tiedoston pitää olla avain–arvo-rakenne (mapping), nyt se on {found}",
        "Aloita tiedosto avaimilla, esimerkiksi 'skeemaversio: 1', tai tee uusi pohja: kotodoc init."),
    "KD106": Text(
        "Tiedosto on liian suuri ({size} tavua; enintään {limit})",
        "Tarkista, onko tiedostoon päätynyt jotain ylimääräistä, ja poista se."),
    "KD107": Text(
        "Rakenne on liian syvä (yli {limit} sisäkkäistä tasoa)",
        "Tarkista sisennykset ja poista ylimääräiset tasot."),
    "KD108": Text(
        "Liian monta viittausta (alias) tai liian suuri rakenne ({detail})",
        "Kirjoita arvot auki viittausten (&ankkuri, *alias) sijaan."),
    "KD109": Text(
        "Tekstissä on ohjausmerkki {char}, joka rikkoisi Word-asiakirjan",
        "Poista merkki; se on usein tullut kopioitaessa toisesta ohjelmasta."),
    "KD110": Text(
        "YAML-tagi '{tag}' ei ole sallittu",
        "Poista tagi (esim. !!python/...); kirjoita arvo tavallisena tekstinä."),
    "KD111": Text(
        "Avaimen pitää olla tekstiä, nyt se on {found}",
        "Kirjoita avain tavallisena tekstinä."),
    "KD112": Text(
        "Tiedosto on tyhjä",
        "Aloita mallitiedostosta: kotodoc init."),
    "KD113": Text(
        "Tekstissä on merkintä {char}, joka on vain toinen puoli merkkiparista (surrogaatti) eikä kelpaa merkiksi",
        "Kirjoita merkki sellaisenaan tai koko merkkipari peräkkäin (esim. \\ud83d\\ude42 on 🙂)."),
    "KD114": Text(
        "Tiedosto on {kind}, ei YAML-tiedosto",
        "Kotoutumisohjelma on YAML-tekstitiedosto. Wordissa täytetyn lomakkeen (.docx, .doc, .odt) saa "
        "YAML-tiedostoksi komennolla kotodoc import; PDF-tiedostosta tuo sen alkuperäinen Word-tiedosto."),
    "KD201": Text(
        "Puuttuu: {what}",
        "Lisää puuttuva kohta; lomakkeen kysymys kertoo, mitä siihen kirjoitetaan. Keskeneräiseen kohtaan voi "
        "kirjoittaa 'täydennetään'."),
    "KD202": Text(
        "Arvo puuttuu: {what}",
        "Kirjoita arvo; tyhjä ei riitä."),
    "KD203": Text(
        "Tuntematon avain '{key}'{hint}",
        "Korjaa avaimen kirjoitusasu tai poista avain."),
    "KD204": Text(
        "{what}: arvon pitää olla {expected}, nyt se on {found}",
        "Muuta arvo oikean muotoiseksi ({expected})."),
    "KD205": Text(
        "{what}: arvo ei kelpaa tähän kohtaan (nyt se on {found})",
        "Korjaa arvo; lomakkeen kysymys tai esimerkkitiedosto (kotodoc init) näyttää, millainen arvo kohtaan kuuluu."),
    "KD206": Text(
        "{what}: '{value}' ei ole sallittu arvo (sallitut: {allowed}){hint}",
        "Valitse jokin sallituista arvoista."),
    "KD207": Text(
        "Skeemaversio '{value}' ei ole tuettu; tämä kotodoc tukee versiota {supported}",
        "Kirjoita 'skeemaversio: {supported}' tai päivitä kotodoc."),
    "KD208": Text(
        "{what}: '{value}' ei ole kelvollinen sähköpostiosoite",
        "Kirjoita osoite muodossa etunimi.sukunimi@kunta.fi."),
    "KD209": Text(
        "{what}: '{value}' ei ole kelvollinen puhelinnumero",
        "Kirjoita numero esimerkiksi muodossa 040 1234567, (06) 224 9031 tai +358 40 1234567."),
    "KD210": Text(
        "{what}: kotodoc ei tunne kieltä '{value}'; tarkoititko '{suggestion}'?",
        "Korjaa kirjoitusasu, jos tarkoitit kieltä '{suggestion}'."),
    "KD211": Text(
        "{what}: '{value}' {problem}",
        "Kirjoita päivämäärä muodossa 5.12.2024 (tai 2024-12-05)."),
    "KD212": Text(
        "{what}: '{value}' ei ole kokonaisluku muodossa, jonka kotodoc lukee",
        "Kirjoita luku pelkkinä numeroina ilman välilyöntejä, etumerkkiä ja desimaaleja, esimerkiksi {accepted}."),
    "KD213": Text(
        "{what}: toimittamisen tiedot on annettu kahdesti, avaimilla '{first}' ja '{second}'; anna vain toinen",
        "Säilytä avain 'elinvoimakeskus' (asiakirjat 1.1.2026 alkaen) tai 'ely' (vuosien 2024–2025 asiakirjat) "
        "ja poista toinen."),
    "KD214": Text(
        "Tiedostossa on vielä {count} samanlaista havaintoa ({code}), joita ei näytetä; ensimmäiset {shown} on lueteltu",
        "Korjaa luetellut kohdat ja tarkista tiedosto uudelleen; usein kaikilla on sama syy."),
    "KD301": Text(
        "{what}: vastaus on jaettu kohderyhmittäin, mutta kohderyhmä {group} puuttuu",
        "Lisää osa kohderyhmälle (tai nimetylle ryhmälle, kohderyhma: muu ja otsikko) tai kirjoita yksi "
        "yhteinen vastaus (kohderyhma: kaikki)."),
    "KD302": Text(
        "{what}: hyvinvointialuetta ei ole mainittu; monialainen arviointi ja suunnitelma tehdään aina "
        "yhteistyössä hyvinvointialueen kanssa{law}",
        "Nimeä kunnan hyvinvointialue, esimerkiksi {example}."),
    "KD303": Text(
        "Kohta {number}: luku- ja kirjoitustaidon koulutusta ei ole kuvattu eikä perusteltu, miksi sille ei ole "
        "tarvetta",
        "Kuvaa koulutus avaimeen 'luku_ja_kirjoitustaito' tai perustele avaimeen 'ei_tarvetta_perustelu' "
        "(tai molemmat)."),
    "KD304": Text(
        "Kohta {number}: luku- ja kirjoitustaidon koulutus on kuvattu ja samalla on perusteltu, ettei sille ole "
        "tarvetta",
        "Ei toimenpiteitä: koodi on poistettu käytöstä."),
    "KD305": Text(
        "Kohta {number} on mukana, mutta yhtään sen palvelua (A) ei ole kuvattu",
        "Vastaa ainakin yhteen A-kohdan kysymykseen tai poista kohta 7 (se on vapaaehtoinen)."),
    "KD306": Text(
        "{what}: kohderyhmälle {group} on kaksi osaa samalla otsikolla, joten lukija ei erota niitä",
        "Yhdistä osat tai anna kummallekin oma otsikko (esim. otsikko: Alle 25-vuotiaat)."),
    "KD307": Text(
        "{what}: kysymykseen ei ole vastattu ({reason})",
        "Kirjoita vastaus kysymykseen (keskeneräisen asiakirjan voi tarkistaa luonnoksena: kotodoc validate "
        "--luonnos)."),
    "KD401": Text(
        "{what}: teksti näyttää keskeneräiseltä ('{found}')",
        "Täydennä teksti ennen asiakirjan lähettämistä elinvoimakeskukselle (vuosina 2024–2025 ELY-keskukselle)."),
    "KD402": Text(
        "{what}: '{found}' on {source}; nykyinen termi: {modern}",
        "Käytä lain 681/2023 termejä ja nykyisten viranomaisten nimiä."),
    "KD403": Text(
        "{kunta} on kaksikielinen kunta, mutta ruotsinkielisiä palveluita ei ole kuvattu (lomake: "
        "'{instruction}')",
        "Lisää vastauksiin osat, joilla on 'kieli: sv', tai kerro ruotsinkielisistä palveluista."),
    "KD404": Text(
        "{what}: lomake pyytää kuvaamaan palvelun eri kohderyhmien osalta; vastausta ei ole eritelty "
        "kohderyhmittäin",
        "Jaa vastaus osiin (kohderyhma: tyonhakijat, tyovoiman_ulkopuoliset tai muu) tai merkitse se koskemaan "
        "kaikkia (kohderyhma: kaikki)."),
    "KD405": Text(
        "Kohta {number}: yhteiskuntaorientaatio toteutetaan yhteistyössä, mutta yhteistyötahoja ei ole nimetty "
        "('{question}')",
        "Luettele yhteistyötahot avaimeen 'yhteistyotahot'."),
    "KD406": Text(
        "{what}: kieli '{value}' on luettelossa kahdesti",
        "Poista toistuva kieli."),
    "KD407": Text(
        "{what}: työnhakijoiden palveluista vastaa työvoimaviranomainen, mutta sitä ei ole mainittu",
        "Nimeä työvoimaviranomainen, esimerkiksi {example}."),
    "KD408": Text(
        "{what}: yhteistyökumppaneista puuttuu työvoimaviranomainen; palvelut on kuvattava yhteistyössä kunnan "
        "työvoimaviranomaisen kanssa",
        "Lisää yhteistyökumppaneihin työvoimaviranomainen, esimerkiksi {example}."),
    "KD409": Text(
        "{what}: '{found}': {ended}; {now} {current}",
        "Korjaa viranomaisen nimi: vuodesta 2026 asiakirja toimitetaan alueen elinvoimakeskukselle, ja "
        "työnhakijoiden palveluista vastaa työvoimaviranomainen (työllisyysalue tai kunta)."),
    "KD410": Text(
        "{what}: mainittu {found} ei ole asiakirjan kunnan ({kunta}) hyvinvointialue; kunnan hyvinvointialue on "
        "{county}",
        "Korjaa hyvinvointialueen nimi: {county}."),
    "KD411": Text(
        "{what}: kohdan palvelut koskevat myös työnhakijoita, mutta työvoimaviranomaista ei mainita kohdassa",
        "Kerro, miten työvoimaviranomainen ({example}) järjestää palvelun työnhakijoille."),
    "KD412": Text(
        "{what}: kuntaa '{kunta}' ei löydy Suomen kuntien nimistä (kunnat 2025–2026){hint}",
        "Kirjoita kunnan nimi suomeksi tai ruotsiksi (esim. Kokkola tai Karleby). Niin kauan kuin nimeä ei "
        "tunnisteta, kotodoc ei tarkista kunnan kaksikielisyyttä, hyvinvointialuetta eikä työvoimaviranomaista."),
    "KD501": Text(
        "{what}: kunta '{kunta}' on yhteistoiminnan jäsen, mutta sitä ei ole perustiedoissa ({header})",
        "Lisää kunta perustietoihin tai poista se jäsenistä; luetteloiden pitää vastata toisiaan."),
    "KD502": Text(
        "{header}: kunta '{kunta}' puuttuu yhteistoiminnan jäsenistä",
        "Lisää kunta yhteistoiminnan jäseniin tai poista se perustiedoista."),
    "KD503": Text(
        "{what}: kunta '{kunta}' on jäsenissä kahdesti",
        "Poista toinen jäsenistä ja yhdistä niiden tiedot."),
    "KD504": Text(
        "{what}: koordinoiva kunta '{kunta}' ei ole yhteistoiminnan jäsen{hint}",
        "Kirjoita koordinoivaksi kunnaksi jokin jäsenkunnista."),
    "KD505": Text(
        "{what}: '{kunta}' ei ole Suomen kunnan nimi (kunnat 2025–2026); tarkoititko '{suggestion}'?",
        "Tarkista kunnan nimen kirjoitusasu."),
    "KD506": Text(
        "{what}: {kunta} kuuluu hyvinvointialueeseen {county}, mutta yhteistoiminnan hyvinvointialueeksi on "
        "merkitty {given}",
        "Tarkista hyvinvointialue; yhteistoiminnan kunnat kuuluvat yleensä samaan hyvinvointialueeseen."),
    "KD507": Text(
        "{what}: kotodocin tietojen mukaan {kunta} kuuluu työllisyysalueeseen '{area}', jota ei ole merkitty",
        "Lisää työllisyysalue yhteistoiminnan työllisyysalueisiin tai tarkista kunnan tiedot."),
    "KD508": Text(
        "{what}: työllisyysalue '{area}' ei ole yhteistoiminnan työllisyysalueiden luettelossa{hint}",
        "Kirjoita jokin yhteistoiminnan työllisyysalueista tai lisää alue luetteloon."),
    "KD509": Text(
        "{what}: maakunnallinen palvelu on maakunnan kaikkien kuntien yhteinen, mutta hyvinvointialueen {county} "
        "kunnista jäseninä eivät ole: {missing}",
        "Lisää puuttuvat kunnat tai valitse malliksi seudullinen."),
    "KD510": Text(
        "{what}: tuntematon hyvinvointialue '{value}'{hint}",
        "Kirjoita hyvinvointialueen lyhyt nimi, esimerkiksi Etelä-Savo."),
    "KD511": Text(
        "{what}: yhtään tehtävää ei ole annettu",
        "Luettele asiakasryhmän tehtävät muodossa 'tehtava: vastuutaso' tai poista ryhmä."),
    "KD512": Text(
        "{what}: tehtävälle ei ole annettu vastuutasoa; jokaisella tehtävällä on täsmälleen yksi vastuutaso "
        "(sallitut: {allowed})",
        "Kirjoita vastuutaso tehtävän perään, esimerkiksi 'ohjaus_ja_neuvonta: yhteinen_palvelu'."),
    "KD513": Text(
        "{what}: tehtävä on annettu kahdesti ('{first}' ja '{second}' tarkoittavat samaa tehtävää); jokaisella "
        "tehtävällä on täsmälleen yksi vastuutaso",
        "Poista toinen avaimista."),
    "KD514": Text(
        "{what}: yhteisessä tehtävänjaossa ei ole tehtävää «{task}» asiakasryhmälle «{group}», joten siitä ei "
        "voi poiketa",
        "Lisää tehtävä tehtävänjakoon tai korjaa poikkeaman ryhmä tai tehtävä."),
    "KD515": Text(
        "{what}: poikkeama ei muuta mitään: tehtävän vastuutaso on yhteisessä tehtävänjaossa jo '{level}'",
        "Poista poikkeama tai korjaa sen vastuutaso."),
    "KD516": Text(
        "{what}: kunnalla on jo poikkeama tehtävästä «{task}» asiakasryhmälle «{group}»; jokaisella tehtävällä "
        "on täsmälleen yksi vastuutaso",
        "Yhdistä poikkeamat yhdeksi."),
    "KD520": Text(
        "{what}: asukasluvun ({population} %) ja aiheuttamisperiaatteen ({causation} %) osuuksien summa on "
        "{total} %; sen pitää olla 100 %",
        "Korjaa osuudet niin, että niiden summa on 100 %."),
    "KD521": Text(
        "{what}: {value} % on Mikkelin seudun esityksen (20.6.2024) vaihteluvälin {low}–{high} % ulkopuolella",
        "Ei toimenpiteitä: koodi on poistettu käytöstä."),
    "KD522": Text(
        "{what}: painojen summa on {total} %; sen pitää olla 100 %",
        "Korjaa painot niin, että niiden summa on 100 %, tai poista ne (oletus: yhtä suuret painot)."),
    "KD523": Text(
        "{what}: kustannusten jakoa varten kunnalta '{kunta}' puuttuu: {missing}",
        "Lisää jäsenelle asukasluku ja asiakasmäärät segmenteittäin (0, jos asiakkaita ei ole)."),
    "KD524": Text(
        "{what}: asiakassegmentissä «{segment}» ei ole yhtään asiakasta; sen osuus jaetaan muille "
        "segmenteille niiden painojen suhteessa",
        "Tarkista asiakasmäärät tai anna segmentille paino 0."),
    "KD525": Text(
        "{what}: painotetuissa asiakassegmenteissä ei ole yhtään asiakasta; aiheuttamisperiaatteen osuus "
        "jaetaan asukasluvun suhteessa",
        "Tarkista jäsenten asiakasmäärät."),
    "KD526": Text(
        "{what}: '{value}' ei ole kelvollinen luku; kirjoita ilman välilyöntejä ja yksikköä, enintään kaksi "
        "desimaalia (esim. {example})",
        "Kirjoita luku numeroina, esimerkiksi {example}."),
    "KD527": Text(
        "{what}: arvon pitää olla vähintään {minimum}, nyt se on {value}",
        "Korjaa luku vähintään arvoon {minimum}."),
    "KD528": Text(
        "Tiedostossa ei ole kustannustietoja (yhteistoiminta › kustannukset); kustannusten jakoa ei voi laskea",
        "Lisää yhteistoiminta-lohkoon kustannukset: vuosikustannus, osuudet sekä jäsenten asukasluvut ja "
        "asiakasmäärät."),
    "KD529": Text(
        "{what}: arvon pitää olla enintään {maximum}, nyt se on {value}",
        "Tarkista luku: näin suuri arvo on lähes varmasti kirjoitusvirhe."),
    "KD601": Text(
        "{what}: toimielimen '{body}' päätös on kirjattu, mutta kokouspäivä puuttuu",
        "Lisää kokouspaiva, jona toimielin teki päätöksen."),
    "KD602": Text(
        "{what}: asiakirja on lähetetty {to_body} {sent}, ennen kokousta {meeting}, jossa se hyväksytään",
        "Ei toimenpiteitä: koodi on poistettu käytöstä."),
    "KD603": Text(
        "{what}: asiakirja on lähetetty {to_body} {sent}, määräajan {deadline} jälkeen",
        "Tarkista päivämäärä; jos se on oikein, kerro myöhästymisestä vastaanottajalle (myöhästyminen voi "
        "viivästyttää korvausten maksatusta)."),
    "KD604": Text(
        "{what}: '{value}' ei näytä diaarinumerolta: {problem}",
        "Kopioi diaarinumero asianhallinnasta (esim. 442/14.07.00/2024 tai HEL 2024-001473)."),
    "KD605": Text(
        "{what}: kokous {meeting} on {of_body} määräajan {deadline} jälkeen",
        "Tarkista kokouspäivä tai sovi myöhemmästä toimittamisesta elinvoimakeskuksen (vuosina 2024–2025 ELY-keskuksen) kanssa."),
    "KD606": Text(
        "{what}: hyväksyvää toimielintä '{body}' ei mainita, vaikka se on annettu hyväksymisen tiedoissa",
        "Yhtenäistä H7:n teksti ja hyvaksyminen-lohko, tai jätä H7 pois, jolloin se kirjoitetaan lohkon "
        "tiedoista."),
    "KD607": Text(
        "Esityslistan asiaa ei voi tulostaa: asiakirjassa ei ole hyväksymisen tietoja (hyvaksyminen-lohko)",
        "Lisää hyvaksyminen-lohko: vähintään toimielin, mieluiten myös kokouspäivä, valmistelijat, esittelijä "
        "ja päätösehdotus."),
    "KD608": Text(
        "Mallipohjassa (--templates) on virhe: {problem}",
        "Korjaa oma mallipohja (--templates) tai poista se, jolloin käytetään kotodocin omaa."),
    "KD609": Text(
        "Esityslistan muutosluetteloa ei voi tehdä: edellistä versiota '{previous}' ei voi lukea ({problem})",
        "Tarkista edellinen_versio: tiedoston nimi tämän tiedoston hakemistossa, git-versio (esim. v2024 tai "
        "HEAD~1) tai VERSIO:POLKU. Poista kenttä, jos muutosluetteloa ei tarvita."),
    "KD610": Text(
        "{what}: avain '{key}' on ELY-keskusten ajalta; 1.1.2026 alkaen asiakirja toimitetaan elinvoimakeskukselle "
        "({centre}), joten kirjoita avaimeksi 'elinvoimakeskus'",
        "Nimeä avain uudelleen: elinvoimakeskus. Sen sisältö (tem_kirje, maaraaika, lahetetty) pysyy samana."),
    "KD611": Text(
        "{what}: hyväksymisen tiedot on annettu kunnalle '{kunta}', jota ei ole perustiedoissa ({header})",
        "Korjaa kunnan nimi samaksi kuin perustiedoissa tai lisää kunta perustietoihin."),
}

MESSAGES: dict[str, Text] = {code: text._replace(ground=GROUNDS[code]) for code, text in _TEXTS.items()}
"""Every code's text, advice and ground."""
