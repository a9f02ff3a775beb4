"""The message catalogue: every diagnostic code, its severity and its wording.

Codes are stable: once published, a code keeps its meaning (a retired code is
not reused). The families (``KD1xx`` reading the file, ``KD2xx`` structure,
``KD3xx`` the law's and the form's requirements, ``KD4xx`` advice, ``KD5xx``
joint programmes, ``KD6xx`` the approval process) are named in :data:`FAMILIES`.

Texts are ``str.format`` templates over the diagnostic's params. Finnish is
the source language; another language is added as one more key in ``text``
(missing translations fall back to Finnish).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Message:
    """One catalogue entry."""

    severity: str  # "error" | "warning"
    text: dict[str, str]
    help: str = ""  # one sentence for the user guide: what to do about it


FAMILIES: dict[str, str] = {  # the code's first digit -> the family's name in the user guide
    "1": "Tiedoston lukeminen",
    "2": "Rakenne: avaimet, arvot ja muodot",
    "3": "Lain ja lomakkeen vaatimukset",
    "4": "Sisältöä koskevat neuvot",
    "5": "Usean kunnan yhteistoiminta",
    "6": "Käsittely ja hyväksyminen",
}

SEVERITY_LABELS: dict[str, dict[str, str]] = {
    "fi": {"error": "virhe", "warning": "varoitus"},
    "sv": {"error": "fel", "warning": "varning"},
    "en": {"error": "error", "warning": "warning"},
}

E, W = "error", "warning"

CATALOGUE: dict[str, Message] = {
    # --- KD1xx: reading the file -------------------------------------------
    "KD101": Message(E, {"fi": "YAML-syntaksivirhe: {problem}"},
                     "Korjaa kohta: tarkista sisennys, kaksoispisteet ja lainausmerkit."),
    "KD102": Message(E, {"fi": "Avain '{key}' on kahdesti samassa kohdassa (myös rivillä {first_line})"},
                     "Poista toinen avaimista tai yhdistä niiden sisältö."),
    "KD103": Message(E, {"fi": "Tiedosto ei ole UTF-8-merkistössä ({detail})"},
                     "Tallenna tiedosto UTF-8-muodossa (Muistio: Tallenna nimellä > Koodaus: UTF-8)."),
    "KD104": Message(E, {"fi": "Tiedostossa on useampi YAML-dokumentti; sallittu on vain yksi"},
                     "Poista '---'-erotin ja jaa ohjelmat eri tiedostoihin."),
    "KD105": Message(E, {"fi": "Tiedoston pitää olla avain–arvo-rakenne (mapping), nyt se on {found}"},
                     "Aloita tiedosto avaimilla, esimerkiksi 'skeemaversio: 1'."),
    "KD106": Message(E, {"fi": "Tiedosto on liian suuri ({size} tavua; enintään {limit})"},
                     "Tarkista, onko tiedostoon päätynyt jotain ylimääräistä."),
    "KD107": Message(E, {"fi": "Rakenne on liian syvä (yli {limit} sisäkkäistä tasoa)"},
                     "Tarkista sisennykset."),
    "KD108": Message(E, {"fi": "Liian monta viittausta (alias) tai liian suuri rakenne ({detail})"},
                     "Kirjoita arvot auki viittausten (&ankkuri, *alias) sijaan."),
    "KD109": Message(E, {"fi": "Tekstissä on ohjausmerkki {char}, joka rikkoisi Word-asiakirjan"},
                     "Poista merkki; se on usein tullut kopioitaessa toisesta ohjelmasta."),
    "KD110": Message(E, {"fi": "YAML-tagi '{tag}' ei ole sallittu"},
                     "Poista tagi (esim. !!python/...); arvot kirjoitetaan tavallisena tekstinä."),
    "KD111": Message(E, {"fi": "Avaimen pitää olla tekstiä, nyt se on {found}"},
                     "Kirjoita avain tavallisena tekstinä."),
    "KD112": Message(E, {"fi": "Tiedosto on tyhjä"},
                     "Aloita mallitiedostosta: kotodoc init."),
    # --- KD2xx: structure ---------------------------------------------------
    "KD201": Message(E, {"fi": "Puuttuu: {what}"},
                     "Lisää puuttuva kohta; lomakkeen kysymys kertoo, mitä siihen kirjoitetaan."),
    "KD202": Message(E, {"fi": "Vastaus puuttuu: {what}"},
                     "Kirjoita vastaus; tyhjä arvo ei riitä."),
    "KD203": Message(E, {"fi": "Tuntematon avain '{key}'{hint}"},
                     "Korjaa avaimen kirjoitusasu tai poista avain."),
    "KD204": Message(E, {"fi": "{what}: arvon pitää olla {expected}, nyt se on {found}"},
                     "Muuta arvo oikean muotoiseksi."),
    "KD205": Message(E, {"fi": "{what}: {problem}"},
                     "Korjaa arvo."),
    "KD206": Message(E, {"fi": "{what}: '{value}' ei ole sallittu arvo (sallitut: {allowed}){hint}"},
                     "Valitse jokin sallituista arvoista."),
    "KD207": Message(E, {"fi": "Skeemaversio '{value}' ei ole tuettu; tämä kotodoc tukee versiota {supported}"},
                     "Päivitä kotodoc tai muuta skeemaversio."),
    "KD208": Message(E, {"fi": "{what}: '{value}' ei ole kelvollinen sähköpostiosoite"},
                     "Kirjoita osoite muodossa etunimi.sukunimi@kunta.fi."),
    "KD209": Message(E, {"fi": "{what}: '{value}' ei ole kelvollinen puhelinnumero"},
                     "Kirjoita numero muodossa 040 1234567 tai +358 40 1234567."),
    "KD210": Message(E, {"fi": "{what}: tuntematon kieli '{value}'{hint}"},
                     "Kirjoita kielen nimi suomeksi (esim. arabia) tai ISO 639 -koodi (esim. ar)."),
    "KD211": Message(E, {"fi": "{what}: '{value}' ei ole päivämäärä muodossa pp.kk.vvvv"},
                     "Kirjoita päivämäärä muodossa 5.12.2024."),
    "KD212": Message(E, {"fi": "{what}: '{value}' ei ole kokonaisluku"},
                     "Kirjoita luku ilman välilyöntejä ja desimaaleja."),
    # --- KD3xx: content rules (errors) -------------------------------------
    "KD301": Message(E, {"fi": "{what}: lomake pyytää kuvaamaan palvelun eri kohderyhmille, "
                               "mutta kohderyhmä '{group}' puuttuu"},
                     "Lisää osa kohderyhmälle tai kirjoita yksi yhteinen vastaus."),
    "KD302": Message(E, {"fi": "{what}: hyvinvointialuetta ei ole mainittu; monialainen arviointi ja "
                               "suunnitelma tehdään aina yhteistyössä hyvinvointialueen kanssa{law}"},
                     "Nimeä hyvinvointialue, esimerkiksi 'Keski-Pohjanmaan hyvinvointialue Soite'."),
    "KD303": Message(E, {"fi": "Kohta 5: kuvaa luku- ja kirjoitustaidon koulutus tai, jos sille ei ole "
                               "tarvetta, esitä perustelut (toinen näistä)"},
                     "Täytä 'luku_ja_kirjoitustaito' tai 'ei_tarvetta_perustelu'."),
    "KD304": Message(E, {"fi": "Kohta 5: luku- ja kirjoitustaidon koulutus on kuvattu ja samalla on "
                               "perusteltu, ettei sille ole tarvetta; anna vain toinen"},
                     "Poista jompikumpi vastauksista."),
    "KD305": Message(E, {"fi": "Kohta 7 on mukana, mutta sen kuvaus palvelusta (A) on tyhjä"},
                     "Vastaa ainakin yhteen A-kohdan kysymykseen tai poista kohta 7."),
    "KD306": Message(E, {"fi": "{what}: kohderyhmä '{group}' on annettu kahdesti"},
                     "Yhdistä saman kohderyhmän tekstit."),
    # --- KD4xx: advice (warnings) -------------------------------------------
    "KD401": Message(W, {"fi": "{what}: teksti näyttää keskeneräiseltä ('{found}')"},
                     "Täydennä vastaus ennen asiakirjan lähettämistä ELY-keskukselle."),
    "KD402": Message(W, {"fi": "{what}: '{found}' on kumotun lain (1386/2010) termi; nykyinen termi: {modern}"},
                     "Käytä lain 681/2023 termejä."),
    "KD403": Message(W, {"fi": "{kunta} on kaksikielinen kunta, mutta ruotsinkielisiä palveluita ei ole "
                               "kuvattu (lomake: 'Kuvaa tarvittaessa erikseen suomen- ja ruotsinkieliset "
                               "palvelut')"},
                     "Lisää vastauksiin osat, joilla on 'kieli: sv', tai kerro ruotsinkielisistä palveluista."),
    "KD404": Message(W, {"fi": "{what}: lomake pyytää kuvaamaan palvelun eri kohderyhmien osalta; "
                               "vastausta ei ole eritelty kohderyhmittäin"},
                     "Jaa vastaus osiin 'tyonhakijat' ja 'tyovoiman_ulkopuoliset'."),
    "KD405": Message(W, {"fi": "Kohta 3: yhteiskuntaorientaatio toteutetaan yhteistyössä, mutta "
                               "yhteistyötahoja ei ole nimetty ('Nimeä yhteistyötahot.')"},
                     "Luettele yhteistyötahot avaimeen 'yhteistyotahot'."),
    "KD406": Message(W, {"fi": "{what}: kieli '{value}' on luettelossa kahdesti"},
                     "Poista toistuva kieli."),
    "KD407": Message(W, {"fi": "{what}: työnhakijoiden palveluista vastaa työvoimaviranomainen, mutta "
                               "työvoimaviranomaista tai työllisyysaluetta ei ole mainittu"},
                     "Nimeä työllisyysalue tai työvoimaviranomainen."),
    "KD408": Message(W, {"fi": "Yhteistyökumppaneista puuttuu työvoimaviranomainen; palvelut on kuvattava "
                               "yhteistyössä kunnan työvoimaviranomaisen kanssa"},
                     "Lisää työllisyysalue yhteistyökumppaneihin."),
    # --- KD5xx: joint programmes (yhteistoiminta) ----------------------------
    "KD501": Message(E, {"fi": "{what}: kunta '{kunta}' on yhteistoiminnan jäsen, mutta sitä ei ole "
                               "perustiedoissa (H1 «Kunta tai kunnat»)"},
                     "Lisää kunta perustietoihin tai poista se jäsenistä; luetteloiden pitää vastata toisiaan."),
    "KD502": Message(E, {"fi": "H1 «Kunta tai kunnat»: kunta '{kunta}' puuttuu yhteistoiminnan jäsenistä"},
                     "Lisää kunta yhteistoiminnan jäseniin tai poista se perustiedoista."),
    "KD503": Message(E, {"fi": "{what}: kunta '{kunta}' on jäsenissä kahdesti"},
                     "Poista toinen jäsenistä ja yhdistä niiden tiedot."),
    "KD504": Message(E, {"fi": "{what}: koordinoiva kunta '{kunta}' ei ole yhteistoiminnan jäsen{hint}"},
                     "Kirjoita koordinoivaksi kunnaksi jokin jäsenkunnista."),
    "KD505": Message(W, {"fi": "{what}: kuntaa '{kunta}' ei löydy kotodocin tuntemista nimistä; "
                               "tarkoititko '{suggestion}'?"},
                     "Tarkista kunnan nimen kirjoitusasu."),
    "KD506": Message(W, {"fi": "{what}: {kunta} kuuluu hyvinvointialueeseen {county}, mutta yhteistoiminnan "
                               "hyvinvointialueeksi on merkitty {given}"},
                     "Tarkista hyvinvointialue; yhteistoiminnan kunnat kuuluvat yleensä samaan hyvinvointialueeseen."),
    "KD507": Message(W, {"fi": "{what}: kotodocin tietojen mukaan {kunta} kuuluu työllisyysalueeseen "
                               "'{area}', jota ei ole merkitty"},
                     "Lisää työllisyysalue yhteistoiminnan työllisyysalueisiin tai tarkista kunnan tiedot."),
    "KD508": Message(E, {"fi": "{what}: työllisyysalue '{area}' ei ole yhteistoiminnan työllisyysalueiden "
                               "luettelossa{hint}"},
                     "Kirjoita jokin yhteistoiminnan työllisyysalueista tai lisää alue luetteloon."),
    "KD509": Message(W, {"fi": "{what}: maakunnallinen palvelu on maakunnan kaikkien kuntien yhteinen, "
                               "mutta hyvinvointialueen {county} kunnista jäseninä eivät ole: {missing}"},
                     "Lisää puuttuvat kunnat tai valitse malliksi seudullinen."),
    "KD510": Message(E, {"fi": "{what}: tuntematon hyvinvointialue '{value}'{hint}"},
                     "Kirjoita hyvinvointialueen lyhyt nimi, esimerkiksi Etelä-Savo."),
    "KD511": Message(E, {"fi": "{what}: yhtään tehtävää ei ole annettu"},
                     "Luettele asiakasryhmän tehtävät muodossa 'tehtava: vastuutaso' tai poista ryhmä."),
    "KD512": Message(E, {"fi": "{what}: tehtävälle ei ole annettu vastuutasoa; jokaisella tehtävällä on "
                               "täsmälleen yksi vastuutaso (sallitut: {allowed})"},
                     "Kirjoita vastuutaso tehtävän perään, esimerkiksi 'ohjaus_ja_neuvonta: yhteinen_palvelu'."),
    "KD513": Message(E, {"fi": "{what}: tehtävä on annettu kahdesti ('{first}' ja '{second}' tarkoittavat "
                               "samaa tehtävää); jokaisella tehtävällä on täsmälleen yksi vastuutaso"},
                     "Poista toinen avaimista."),
    "KD514": Message(E, {"fi": "{what}: yhteisessä tehtävänjaossa ei ole tehtävää «{task}» asiakasryhmälle "
                               "«{group}», joten siitä ei voi poiketa"},
                     "Lisää tehtävä tehtävänjakoon tai korjaa poikkeaman ryhmä tai tehtävä."),
    "KD515": Message(W, {"fi": "{what}: poikkeama ei muuta mitään: tehtävän vastuutaso on yhteisessä "
                               "tehtävänjaossa jo '{level}'"},
                     "Poista poikkeama tai korjaa sen vastuutaso."),
    "KD516": Message(E, {"fi": "{what}: kunnalla on jo poikkeama tehtävästä «{task}» asiakasryhmälle "
                               "«{group}»; jokaisella tehtävällä on täsmälleen yksi vastuutaso"},
                     "Yhdistä poikkeamat yhdeksi."),
    "KD520": Message(E, {"fi": "{what}: asukasluvun ({population} %) ja aiheuttamisperiaatteen ({causation} %) "
                               "osuuksien summa on {total} %; sen pitää olla 100 %"},
                     "Korjaa osuudet niin, että niiden summa on 100 %."),
    "KD521": Message(W, {"fi": "{what}: {value} % on Mikkelin seudun esityksen (20.6.2024) vaihteluvälin "
                               "{low}–{high} % ulkopuolella"},
                     "Tarkista osuus; esityksessä asukasluvun osuus on 30–50 % ja aiheuttamisperiaatteen 50–70 %."),
    "KD522": Message(E, {"fi": "{what}: painojen summa on {total} %; sen pitää olla 100 %"},
                     "Korjaa painot niin, että niiden summa on 100 %, tai poista ne (oletus: yhtä suuret painot)."),
    "KD523": Message(E, {"fi": "{what}: kustannusten jakoa varten kunnalta '{kunta}' puuttuu: {missing}"},
                     "Lisää jäsenelle asukasluku ja asiakasmäärät segmenteittäin (0, jos asiakkaita ei ole)."),
    "KD524": Message(W, {"fi": "{what}: asiakassegmentissä «{segment}» ei ole yhtään asiakasta; sen osuus "
                               "jaetaan muille segmenteille niiden painojen suhteessa"},
                     "Tarkista asiakasmäärät tai anna segmentille paino 0."),
    "KD525": Message(W, {"fi": "{what}: painotetuissa asiakassegmenteissä ei ole yhtään asiakasta; "
                               "aiheuttamisperiaatteen osuus jaetaan asukasluvun suhteessa"},
                     "Tarkista jäsenten asiakasmäärät."),
    "KD526": Message(E, {"fi": "{what}: '{value}' ei ole kelvollinen luku; kirjoita ilman välilyöntejä ja "
                               "yksikköä, enintään kaksi desimaalia (esim. {example})"},
                     "Kirjoita luku numeroina, esimerkiksi 250000 tai 250000,50."),
    "KD527": Message(E, {"fi": "{what}: arvon pitää olla vähintään {minimum}, nyt se on {value}"},
                     "Korjaa luku."),
    "KD528": Message(E, {"fi": "Tiedostossa ei ole kustannustietoja (yhteistoiminta › kustannukset); "
                               "kustannusten jakoa ei voi laskea"},
                     "Lisää yhteistoiminta-lohkoon kustannukset: vuosikustannus, osuudet sekä jäsenten "
                     "asukasluvut ja asiakasmäärät."),
    # --- KD6xx: the approval process (hyvaksyminen) -------------------------
    "KD601": Message(E, {"fi": "{what}: päätös on kirjattu, mutta kokouspäivä puuttuu"},
                     "Lisää kokouspaiva, jona toimielin teki päätöksen."),
    "KD602": Message(E, {"fi": "{what}: asiakirja on lähetetty ELY-keskukselle {sent}, ennen kokousta "
                               "{meeting}, jossa se hyväksytään"},
                     "Tarkista päivämäärät: hyväksytty asiakirja lähetetään kokouksen jälkeen."),
    "KD603": Message(W, {"fi": "{what}: asiakirja on lähetetty ELY-keskukselle {sent}, määräajan "
                               "{deadline} jälkeen"},
                     "Tarkista päivämäärä; myöhästyminen voi viivästyttää korvausten maksatusta."),
    "KD604": Message(W, {"fi": "{what}: '{value}' ei ole tavallisessa muodossa numero/tehtäväluokka/vuosi "
                               "(esim. 442/14.07.00/2024)"},
                     "Tarkista diaarinumero asianhallinnasta."),
    "KD605": Message(W, {"fi": "{what}: kokous {meeting} on ELY-keskuksen määräajan {deadline} jälkeen"},
                     "Tarkista kokouspäivä tai sovi myöhemmästä toimittamisesta ELY-keskuksen kanssa."),
    "KD606": Message(W, {"fi": "{what}: hyväksyvää toimielintä '{body}' ei mainita, vaikka se on annettu "
                               "hyväksymisen tiedoissa"},
                     "Yhtenäistä H7:n teksti ja hyvaksyminen-lohko, tai jätä H7 pois, jolloin se "
                     "kirjoitetaan lohkon tiedoista."),
    "KD607": Message(E, {"fi": "Esityslistan asiaa ei voi tulostaa: asiakirjassa ei ole "
                               "hyväksymisen tietoja (hyvaksyminen-lohko)"},
                     "Lisää hyvaksyminen-lohko: vähintään toimielin, mieluiten myös kokouspäivä, "
                     "valmistelijat, esittelijä ja päätösehdotus."),
    "KD608": Message(E, {"fi": "Esityslistan mallipohjassa on virhe: {problem}"},
                     "Korjaa oma mallipohja (--templates) tai poista se, jolloin käytetään kotodocin omaa."),
}


def severity_of(code: str) -> str:
    """The fixed severity of ``code``."""
    return CATALOGUE[code].severity


def severity_label(severity: str, lang: str = "fi") -> str:
    """The printed word for a severity in ``lang``."""
    return SEVERITY_LABELS.get(lang, SEVERITY_LABELS["fi"])[severity]


HINTS: dict[str, str] = {"fi": "; tarkoititko '{0}'?", "sv": "; menade du '{0}'?", "en": "; did you mean '{0}'?"}


def hint(suggestion: str | None, lang: str = "fi") -> str:
    """The "did you mean" tail of a message (the ``hint`` parameter), or "" without a suggestion."""
    return HINTS.get(lang, HINTS["fi"]).format(suggestion) if suggestion else ""


def render(code: str, params: dict[str, Any], lang: str = "fi") -> str:
    """The text of ``code`` in ``lang``, filled in with ``params``."""
    entry = CATALOGUE[code]
    template = entry.text.get(lang) or entry.text["fi"]
    return template.format_map(_Defaults(params))


class _Defaults(dict[str, Any]):
    """Format mapping that leaves a missing parameter visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
