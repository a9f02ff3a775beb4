"""The TEM form's texts in Finnish: the form's own language, word for word.

The wording is the form's as filled in by Kokkola (form dated 21.10.2024). The form's own typos
are corrected here (the seed spells "kotoutumishjelma", "kotoutumishojelma", "päättöttestaus",
"vähimmäisisällöstä", "tahot/ yksiköt" and "olevista palveluista järjestämisestä"); questions
missing their question mark got one. Nothing else in the wording is changed. The texts of the
blocks kotodoc adds to the form (approval, joint programme) are in :mod:`kotodoc.form.fi_fields`, and
kotodoc's own texts (agenda item, generated H7, appendix, cost split, ``init``) in :mod:`kotodoc.form.fi_own`.
"""

from __future__ import annotations

from kotodoc.form.fi_fields import FIELDS, JOINT, TARGET_GROUPS
from kotodoc.form.fi_own import OWN
from kotodoc.form.structure import LawRef
from kotodoc.form.texts import FormTexts

LAW_SHORT = "KotoL"
TITLE = "Kunnan kotoutumisohjelma"
SUBTITLE = "Kotoutumisen alkuvaiheen palveluita kuvaava asiakirja"
AGENDA_HEADING = f"{TITLE} eli {SUBTITLE[:1].lower()}{SUBTITLE[1:]}"
"""The default heading of the board's agenda item."""


def law_ref(ref: LawRef) -> str:
    """``KotoL 14 ja 15 §``, ``KotoL 25 §``, ``KotoL 13 §:n 1 mom. 5 kohta``."""
    numbers = [str(n) for n in ref.sections]
    sections = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} ja {numbers[-1]}"
    if ref.subsection is None:
        return f"{LAW_SHORT} {sections} §"
    text = f"{LAW_SHORT} {sections} §:n {ref.subsection} mom."
    return f"{text} {ref.paragraph} kohta" if ref.paragraph is not None else text


TEXTS = FormTexts(
    lang="fi",
    tag="fi-FI",
    title=TITLE,
    subtitle=SUBTITLE,
    intro=(
        ("Työvoimaviranomainen vastaa kotoutumisohjelmaan sisältyvien palveluiden järjestämisestä "
         "työnhakijana olevalle maahanmuuttajalle ja kotoutuja-asiakkaalle. Kunta vastaa muiden "
         "maahanmuuttajien ja kotoutuja-asiakkaiden kotoutumisohjelman mukaisten palveluiden "
         "järjestämisestä. Kunta voi järjestää ja toteuttaa palveluitaan yhteistyössä "
         "työvoimaviranomaisen, muiden kuntien ja/tai hyvinvointialueen kanssa. Kotoutumisohjelman "
         "palvelut on kuvattava yhteistyössä kunnan työvoimaviranomaisen kanssa ja asiakirja sisältää "
         "myös työvoimaviranomaisen palvelut. Monialainen osaamisen ja kotoutumisen palvelutarpeen "
         "arviointi ja kotoutumissuunnitelma tehdään aina yhteistyössä hyvinvointialueen kanssa."),
        ("Kunnan kotoutumisohjelman vähimmäissisällöstä säädetään laissa kotoutumisen edistämisestä "
         "(681/2023). Kotoutumisohjelmaan sisältyvät vähintään alla kuvatut palvelut (kohdat 1–6). "
         "Kunta voi sisällyttää kotoutumisohjelmaan myös muita palveluita (kohta 7)."),
    ),
    law_name="laki kotoutumisen edistämisestä (681/2023)",
    law_short=LAW_SHORT,
    law_ref=law_ref,
    header={
        "kunnat": "Kunta tai kunnat:",
        "koordinoiva_taho": "Kunnassa/kunnissa kotoutumisohjelmaa koordinoiva taho:",
        "yhteyshenkilo": "Kotoutumisohjelmaa kuvaavan asiakirjan yhteyshenkilö ja yhteystiedot:",
        "laadittu_tai_paivitetty": "Kotoutumisohjelma on laadittu tai päivitetty:",
        "yhteistyokumppanit": "Kotoutumisohjelman ja/tai sitä kuvaavan asiakirjan laatimiseen osallistuvat yhteistyökumppanit:",
        "laadinta_ja_viestinta": "Kotoutumisohjelman laadinnan prosessi ja viestintä kunnassa:",
        "kasittely_ja_hyvaksyminen": "Kotoutumisohjelmaa kuvaavan asiakirjan käsittely- ja hyväksymisprosessi kunnassa:",
    },
    header_hints={
        "yhteistyokumppanit": "Kunta voi asettaa työryhmän, jonka tehtävänä on seurata kotoutumisohjelman toteutumista, ja ehdottaa siihen muutoksia tarvittaessa.",
    },
    header_helpers={
        "laadinta_ja_viestinta": (
            "Miten kotoutumisohjelma on kunnassa laadittu?",
            "Millaista asiakasviestintää kotoutumisohjelmasta tehdään?",
            "Miten sen toteutumista seurataan jatkossa?",
        ),
    },
    contact_fields={"nimi": "Nimi", "nimike": "Tehtävänimike", "puhelin": "Puhelin", "sahkoposti": "Sähköposti"},
    sections={
        "arviointi": "Osaamisen ja kotoutumisen palvelutarpeen arviointi ja monialaisen osaamisen ja kotoutumisen palvelutarpeen arviointi",
        "suunnitelma": "Osaamisen ja kotoutumisen ja monialaisen osaamisen ja kotoutumisen palvelutarpeen arvioinnin pohjalta laadittava kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma",
        "yhteiskuntaorientaatio": "Monikielinen yhteiskuntaorientaatio",
        "kotoutumiskoulutus": "Kotoutumiskoulutus",
        "muu_koulutus": "Muu koulutus ja palvelut, jotka edistävät suomen ja ruotsin kielen osaamista, luku- ja kirjoitustaitoa, yhteiskunta- ja työelämävalmiuksia sekä työllistymistä ja yrittäjyyttä",
        "ohjaus_ja_neuvonta": "Kotoutumisohjelman aikainen ohjaus ja neuvonta",
        "muut_palvelut": "Muut kunnan järjestämisvastuulla olevat palvelut kotoutumisen edistämiseksi",
    },
    instructions={
        "arviointi": "Kuvaa palvelun järjestämistä eri kohderyhmien osalta. Erittele tarvittaessa vastuutahot eri kohderyhmien osalta.",
        "muut_palvelut": "Kotoutumisohjelma voi lisäksi sisältää muita kunnan järjestämisvastuulla olevia kotoutuja-asiakkaiden työllisyyttä, yrittäjyyttä, työ- ja toimintakykyä, maahanmuuttajien hyvinvointia ja terveyttä tai kotoutumista edistäviä palveluita sekä järjestö-, yhdistys- tai yhteisötoimintaan tai muuhun yhteiskunnan tai kulttuuri- ja vapaa-ajan toimintaan tutustumista ja siihen osallistumista. Kuvaa tarvittaessa palvelun järjestämistä eri kohderyhmien osalta.",
    },
    bilingual_instruction="Kuvaa tarvittaessa erikseen suomen- ja ruotsinkieliset palvelut.",
    blocks={"A": "A. Kuvaus palvelusta:", "B": "B. Vastuutaho:", "C": "C. Yhteistyö:"},
    cooperation="Miten palvelun järjestämiseksi tehdään yhteistyötä?",
    questions={
        ("arviointi", "jarjestaminen"): "Miten palvelut järjestetään kunnassa?",
        ("arviointi", "arvioinnin_tekijat"): "Mitkä tahot/yksiköt tekevät osaamisen ja kotoutumisen palvelutarpeen arvioinnin ja miten?",
        ("arviointi", "monialaisen_arvioinnin_tekijat"): "Mitkä tahot/yksiköt tekevät monialaisen osaamisen ja kotoutumisen palvelutarpeen arvioinnin kunnassa ja hyvinvointialueella ja miten?",
        ("suunnitelma", "jarjestaminen"): "Miten palvelut järjestetään kunnassa?",
        ("suunnitelma", "suunnitelmien_laatijat"): "Mitkä tahot/yksiköt vastaavat kotoutumissuunnitelmien laatimisesta?",
        ("suunnitelma", "monialaisten_suunnitelmien_laatijat"): "Mitkä tahot/yksiköt vastaavat monialaisten kotoutumissuunnitelmien laatimisesta kunnassa ja hyvinvointialueella?",
        ("yhteiskuntaorientaatio", "toteutus"): "Miten kunta toteuttaa monikielisen yhteiskuntaorientaation?",
        ("yhteiskuntaorientaatio", "kohderyhmat"): "Mitä yhteiskuntaorientaation kohderyhmiä kunnassa on?",
        ("yhteiskuntaorientaatio", "kielet"): "Millä kielillä kunnassa on tarve järjestää yhteiskuntaorientaatio?",
        ("yhteiskuntaorientaatio", "palveluprosessin_vaihe"): "Missä asiakaspalveluprosessin vaiheessa monikielistä yhteiskuntaorientaatiota tarjotaan asiakkaille?",
        ("yhteiskuntaorientaatio", "vastuutaho"): "Mitkä tahot/yksiköt vastaavat yhteiskuntaorientaation järjestämisestä?",
        ("yhteiskuntaorientaatio", "itsenaisesti_vai_yhteistyossa"): "Toteuttaako kunta monikielisen yhteiskuntaorientaation osittain tai kokonaan itsenäisesti, vai osittain tai kokonaan yhteistyössä jonkun muun tahon kanssa?",
        ("yhteiskuntaorientaatio", "yhteistyotahot"): "Nimeä yhteistyötahot.",
        ("kotoutumiskoulutus", "tyonhakijat"): "Miten kunnassanne järjestetään kotoutumiskoulutus työnhakijana oleville kotoutujille?",
        ("kotoutumiskoulutus", "muut"): "Miten kunnassanne järjestetään kotoutumiskoulutus muille kuin työnhakijana oleville kotoutujille?",
        ("kotoutumiskoulutus", "paattotestaus"): "Miten päättötestauksen järjestäminen toteutetaan?",
        ("kotoutumiskoulutus", "vastuutaho"): "Mitkä tahot/yksiköt vastaavat kotoutumiskoulutuksen järjestämisestä?",
        ("muu_koulutus", "luku_ja_kirjoitustaito"): "Miten kunnassanne järjestetään luku- ja kirjoitustaidon koulutus?",
        ("muu_koulutus", "ei_tarvetta_perustelu"): "Jos luku- ja kirjoitustaidon koulutukselle ei ole tarvetta, esitä perustelut.",
        ("muu_koulutus", "muut_koulutukset"): "Mitä muita em. teemoja sisältäviä koulutuksia tai palveluita kunnassanne on tarjolla?",
        ("muu_koulutus", "vastuutaho"): "Mitkä tahot/yksiköt vastaavat muun koulutuksen ja palveluiden järjestämisestä?",
        ("ohjaus_ja_neuvonta", "jarjestaminen"): "Miten kunnassa on järjestetty kotoutumisohjelman aikaiset ohjaus- ja neuvontapalvelut?",
        ("ohjaus_ja_neuvonta", "vastuutaho"): "Mitkä tahot/yksiköt vastaavat palveluiden järjestämisestä?",
        ("muut_palvelut", "kunnan_palvelut"): "Mitä muita kunnan järjestämisvastuulla olevia palveluita on tarjolla tai suunnitteilla kotoutuja-asiakkaan kotoutumisen tueksi?",
        ("muut_palvelut", "toimijat"): "Mitä muita palveluita ja toimintaa kunnassa on tarjolla tai suunnitteilla kotoutuja-asiakkaan kotoutumisen tueksi?",
        ("muut_palvelut", "tyollistyminen"): "Mitä muita palveluita kunnassa on tarjolla tai suunnitteilla yhteiskunta- ja työelämävalmiuksien sekä työllistymisen ja yrittäjyyden tukemiseksi/edistämiseksi?",
        ("muut_palvelut", "vastuutaho"): "Mitkä tahot/yksiköt vastaavat muiden kunnan järjestämisvastuulla olevien palveluiden järjestämisestä?",
    },
    hints={
        ("muut_palvelut", "toimijat"): "(Esimerkiksi järjestö-, yhdistys- tai yhteisötoimintaan tai muuhun yhteiskunnan tai kulttuuri- ja vapaa-ajan toimintaan tutustumista ja siihen osallistumista.)",
    },
    subheadings={
        ("kotoutumiskoulutus", "paattotestaus"): "Kielitaidon päättötestaus (KotoL 26 §):",
    },
    table_title="Vastuutaulukko",
    table_columns={
        "palvelu": "Palvelu/toimenpide:",
        "tyonhakijat": "Työnhakijoiden palvelut tuottava taho:",
        "muut_asiakkaat": "Muiden kotoutuja-asiakkaiden palvelut tuottava taho:",
    },
    table_rows={
        "arviointi": "Osaamisen ja kotoutumisen palvelutarpeen arviointi",
        "monialainen_arviointi": "Monialaisen osaamisen ja kotoutumisen palvelutarpeen arviointi",
        "kotoutumissuunnitelma": "Kotoutumissuunnitelma",
        "monialainen_kotoutumissuunnitelma": "Monialainen kotoutumissuunnitelma",
        "yhteiskuntaorientaatio": "Monikielinen yhteiskuntaorientaatio",
        "kotoutumiskoulutus": "Kotoutumiskoulutus",
        "ohjaus_ja_neuvonta": "Kotoutumisohjelman aikainen ohjaus ja neuvonta",
        "seuranta_ja_paivittaminen": "Kunnan kotoutumisohjelman seuranta ja päivittäminen",
    },
    target_groups=TARGET_GROUPS,
    service_languages={"fi": "Suomenkieliset palvelut", "sv": "Ruotsinkieliset palvelut"},
    answer_fields={"kohderyhma": "kohderyhmä", "kieli": "kieli", "otsikko": "otsikko", "nimi": "nimi",
                   "toiminta": "toiminta", "kuvaus": "kuvaus", "nimike": "tehtävänimike", "puhelin": "puhelin",
                   "sahkoposti": "sähköposti"},
    places={
        "document": "asiakirja",
        "header": "perustiedot (lomakkeen alku)",
        "header_key": "perustiedot: {key}",
        "field": "{code} «{text}»",
        "section": "kohta {number} «{title}»{law}",
        "section_key": "kohta {number}: {key}",
        "question": "kohta {number} {block} «{text}»{law}",
        "note": "{text} (lisätieto)",
        "table": "vastuutaulukko",
        "table_key": "vastuutaulukko: {key}",
        "row": "vastuutaulukko, rivi {number} «{label}»",
        "column": ", sarake «{label}»",
        "list_item": "kohta {n} luettelossa",
        "item": "kohta {n}",
        "separator": " › ",
        "keyword": "kotoutumisohjelma",
        "draft_mark": "LUONNOS",
        "agenda_heading": AGENDA_HEADING,
        "other_group": " (kohderyhmä 'muu')",
        "schema_note": "Vapaa lisätieto kysymykseen: {text}",
        "schema_optional": " (Vapaaehtoinen.)",
        "schema_row": "Vastuutaulukon rivi {number}: {label}",
    },
    fields={
        **FIELDS,
        "Approval.otsikko": ("Asian otsikko", f"Esityslistan asian otsikko; oletus '{AGENDA_HEADING}'."),
    },
    joint=JOINT,
    own=OWN,
)
