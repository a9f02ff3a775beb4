"""The message catalogue: every diagnostic code, its severity and its wording.

Codes are stable: once published, a code keeps its meaning (a retired code is
not reused). Families:

* ``KD1xx`` reading the file (encoding, YAML syntax, limits);
* ``KD2xx`` the document's structure against the schema;
* ``KD3xx`` content rules of the law and the form (errors);
* ``KD4xx`` content advice (warnings);
* ``KD5xx`` joint programmes of several municipalities;
* ``KD6xx`` the approval process.

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


def render(code: str, params: dict[str, Any], lang: str = "fi") -> str:
    """The text of ``code`` in ``lang``, filled in with ``params``."""
    entry = CATALOGUE[code]
    template = entry.text.get(lang) or entry.text["fi"]
    return template.format_map(_Defaults(params))


class _Defaults(dict[str, Any]):
    """Format mapping that leaves a missing parameter visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
