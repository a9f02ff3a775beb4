"""The TEM form's texts in Swedish: kotodoc's translation, not TEM's.

TEM (arbets- och näringsministeriet, ANM) has published the form in Finnish only. This translation
follows the Swedish names of the services and actors on TEM's own Swedish page of the programme
(kotoutuminen.fi/sv/koto24-integrationsprogrammet: *bedömning av kompetens och behovet av
integrationstjänster*, *integrationsplan*, *flerspråkig samhällsorientering*, *integrationsutbildning*,
*slutbedömning av språkkunskaperna*, *vägledning och rådgivning under den tid integrationsprogrammet
genomförs*, *arbetskraftsmyndigheten*, *integrationskund*) and the Swedish title of the act, *lag om
främjande av integration (681/2023)*. No Swedish abbreviation of the act exists (Finlex,
kotoutuminen.fi/sv and the government bills use the short name *integrationslagen*), so references
read "14 och 15 § i integrationslagen" in the Finland-Swedish legal style ("3 § 1 mom. 3 punkten").
*Ansvarstabell* for *vastuutaulukko* is kotodoc's word. The documents say in their properties that
the wording is a translation (``own["doc.translation"]``).
"""

from __future__ import annotations

from kotodoc.form.structure import LawRef
from kotodoc.form.sv_fields import FIELDS, JOINT, TARGET_GROUPS
from kotodoc.form.sv_own import OWN
from kotodoc.form.texts import FormTexts

LAW_SHORT = "integrationslagen"
TITLE = "Kommunens integrationsprogram"
SUBTITLE = "Dokument som beskriver tjänsterna i inledningsskedet av integrationen"
AGENDA_HEADING = ("Kommunens integrationsprogram, dvs. dokumentet som beskriver tjänsterna i inledningsskedet av "
                  "integrationen")
"""The default heading of the board's agenda item."""


def law_ref(ref: LawRef) -> str:
    """``14 och 15 § i integrationslagen``, ``25 § i …``, ``13 § 1 mom. 5 punkten i integrationslagen``."""
    numbers = [str(n) for n in ref.sections]
    text = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} och {numbers[-1]}"
    text += " §"
    if ref.subsection is not None:
        text += f" {ref.subsection} mom."
        if ref.paragraph is not None:
            text += f" {ref.paragraph} punkten"
    return f"{text} i {LAW_SHORT}"


TEXTS = FormTexts(
    lang="sv",
    tag="sv-FI",
    title=TITLE,
    subtitle=SUBTITLE,
    intro=(
        ("Arbetskraftsmyndigheten ansvarar för att ordna de tjänster som ingår i integrationsprogrammet för "
         "invandrare och integrationskunder som är arbetssökande. Kommunen ansvarar för att ordna tjänsterna "
         "enligt integrationsprogrammet för andra invandrare och integrationskunder. Kommunen kan ordna och "
         "genomföra sina tjänster i samarbete med arbetskraftsmyndigheten, andra kommuner och/eller "
         "välfärdsområdet. Tjänsterna i integrationsprogrammet ska beskrivas i samarbete med kommunens "
         "arbetskraftsmyndighet, och dokumentet omfattar också arbetskraftsmyndighetens tjänster. Den "
         "sektorsövergripande bedömningen av kompetens och behovet av integrationstjänster och integrationsplanen "
         "görs alltid i samarbete med välfärdsområdet."),
        ("Bestämmelser om minimiinnehållet i kommunens integrationsprogram finns i lagen om främjande av "
         "integration (681/2023). Integrationsprogrammet omfattar åtminstone de tjänster som beskrivs nedan "
         "(punkterna 1–6). Kommunen kan även ta in andra tjänster i integrationsprogrammet (punkt 7)."),
    ),
    law_name="lag om främjande av integration (681/2023)",
    law_short=LAW_SHORT,
    law_ref=law_ref,
    header={
        "kunnat": "Kommun eller kommuner:",
        "koordinoiva_taho": "Aktör som samordnar integrationsprogrammet i kommunen/kommunerna:",
        "yhteyshenkilo": "Kontaktperson och kontaktuppgifter för dokumentet som beskriver integrationsprogrammet:",
        "laadittu_tai_paivitetty": "Integrationsprogrammet har utarbetats eller uppdaterats:",
        "yhteistyokumppanit": "Samarbetspartner som deltar i utarbetandet av integrationsprogrammet och/eller det dokument som beskriver det:",
        "laadinta_ja_viestinta": "Processen för utarbetandet av integrationsprogrammet och kommunikationen i kommunen:",
        "kasittely_ja_hyvaksyminen": "Processen för behandling och godkännande av dokumentet som beskriver integrationsprogrammet i kommunen:",
    },
    header_hints={
        "yhteistyokumppanit": "Kommunen kan tillsätta en arbetsgrupp som har till uppgift att följa upp genomförandet av integrationsprogrammet och vid behov föreslå ändringar i det.",
    },
    header_helpers={
        "laadinta_ja_viestinta": (
            "Hur har integrationsprogrammet utarbetats i kommunen?",
            "Hurdan kundkommunikation sker om integrationsprogrammet?",
            "Hur följs genomförandet av programmet upp i fortsättningen?",
        ),
    },
    contact_fields={"nimi": "Namn", "nimike": "Befattning", "puhelin": "Telefon", "sahkoposti": "E-post"},
    sections={
        "arviointi": "Bedömning av kompetens och behovet av integrationstjänster och sektorsövergripande bedömning av kompetens och behovet av integrationstjänster",
        "suunnitelma": "Integrationsplan eller sektorsövergripande integrationsplan som görs upp utifrån bedömningen av kompetens och behovet av integrationstjänster och den sektorsövergripande bedömningen av kompetens och behovet av integrationstjänster",
        "yhteiskuntaorientaatio": "Flerspråkig samhällsorientering",
        "kotoutumiskoulutus": "Integrationsutbildning",
        "muu_koulutus": "Annan utbildning och andra tjänster som främjar kunskaper i finska och svenska, läs- och skrivkunnighet, samhälls- och arbetslivsfärdigheter samt sysselsättning och företagsverksamhet",
        "ohjaus_ja_neuvonta": "Vägledning och rådgivning under den tid integrationsprogrammet genomförs",
        "muut_palvelut": "Övriga tjänster inom kommunens organiseringsansvar för att främja integrationen",
    },
    instructions={
        "arviointi": "Beskriv hur tjänsten ordnas för olika målgrupper. Specificera vid behov de ansvariga aktörerna för olika målgrupper.",
        "muut_palvelut": "Integrationsprogrammet kan dessutom omfatta andra tjänster inom kommunens organiseringsansvar som främjar integrationskundernas sysselsättning, företagsverksamhet och arbets- och funktionsförmåga, invandrarnas välfärd och hälsa eller integrationen, samt bekantskap med och deltagande i organisations-, förenings- eller gemenskapsverksamhet eller annan samhällelig verksamhet eller kultur- och fritidsverksamhet. Beskriv vid behov hur tjänsten ordnas för olika målgrupper.",
    },
    bilingual_instruction="Beskriv vid behov de finsk- och svenskspråkiga tjänsterna separat.",
    blocks={"A": "A. Beskrivning av tjänsten:", "B": "B. Ansvarig aktör:", "C": "C. Samarbete:"},
    cooperation="Hur samarbetar man för att ordna tjänsten?",
    questions={
        ("arviointi", "jarjestaminen"): "Hur ordnas tjänsterna i kommunen?",
        ("arviointi", "arvioinnin_tekijat"): "Vilka aktörer/enheter gör bedömningen av kompetens och behovet av integrationstjänster, och hur?",
        ("arviointi", "monialaisen_arvioinnin_tekijat"): "Vilka aktörer/enheter gör den sektorsövergripande bedömningen av kompetens och behovet av integrationstjänster i kommunen och välfärdsområdet, och hur?",
        ("suunnitelma", "jarjestaminen"): "Hur ordnas tjänsterna i kommunen?",
        ("suunnitelma", "suunnitelmien_laatijat"): "Vilka aktörer/enheter ansvarar för att utarbeta integrationsplanerna?",
        ("suunnitelma", "monialaisten_suunnitelmien_laatijat"): "Vilka aktörer/enheter ansvarar för att utarbeta de sektorsövergripande integrationsplanerna i kommunen och välfärdsområdet?",
        ("yhteiskuntaorientaatio", "toteutus"): "Hur genomför kommunen den flerspråkiga samhällsorienteringen?",
        ("yhteiskuntaorientaatio", "kohderyhmat"): "Vilka målgrupper för samhällsorienteringen finns det i kommunen?",
        ("yhteiskuntaorientaatio", "kielet"): "På vilka språk finns det i kommunen behov av att ordna samhällsorienteringen?",
        ("yhteiskuntaorientaatio", "palveluprosessin_vaihe"): "I vilket skede av kundserviceprocessen erbjuds kunderna flerspråkig samhällsorientering?",
        ("yhteiskuntaorientaatio", "vastuutaho"): "Vilka aktörer/enheter ansvarar för att ordna samhällsorienteringen?",
        ("yhteiskuntaorientaatio", "itsenaisesti_vai_yhteistyossa"): "Genomför kommunen den flerspråkiga samhällsorienteringen delvis eller helt på egen hand, eller delvis eller helt i samarbete med någon annan aktör?",
        ("yhteiskuntaorientaatio", "yhteistyotahot"): "Namnge samarbetsparterna.",
        ("kotoutumiskoulutus", "tyonhakijat"): "Hur ordnas integrationsutbildningen i er kommun för integrationskunder som är arbetssökande?",
        ("kotoutumiskoulutus", "muut"): "Hur ordnas integrationsutbildningen i er kommun för andra integrationskunder än sådana som är arbetssökande?",
        ("kotoutumiskoulutus", "paattotestaus"): "Hur genomförs ordnandet av slutbedömningen av språkkunskaperna?",
        ("kotoutumiskoulutus", "vastuutaho"): "Vilka aktörer/enheter ansvarar för att ordna integrationsutbildningen?",
        ("muu_koulutus", "luku_ja_kirjoitustaito"): "Hur ordnas utbildning i läs- och skrivkunnighet i er kommun?",
        ("muu_koulutus", "ei_tarvetta_perustelu"): "Om det inte finns behov av utbildning i läs- och skrivkunnighet, ange motiveringen.",
        ("muu_koulutus", "muut_koulutukset"): "Vilka andra utbildningar eller tjänster med ovannämnda teman erbjuds i er kommun?",
        ("muu_koulutus", "vastuutaho"): "Vilka aktörer/enheter ansvarar för att ordna den övriga utbildningen och de övriga tjänsterna?",
        ("ohjaus_ja_neuvonta", "jarjestaminen"): "Hur har tjänsterna för vägledning och rådgivning under den tid integrationsprogrammet genomförs ordnats i kommunen?",
        ("ohjaus_ja_neuvonta", "vastuutaho"): "Vilka aktörer/enheter ansvarar för att ordna tjänsterna?",
        ("muut_palvelut", "kunnan_palvelut"): "Vilka andra tjänster inom kommunens organiseringsansvar erbjuds eller planeras till stöd för integrationskundens integration?",
        ("muut_palvelut", "toimijat"): "Vilka andra tjänster och vilken annan verksamhet erbjuds eller planeras i kommunen till stöd för integrationskundens integration?",
        ("muut_palvelut", "tyollistyminen"): "Vilka andra tjänster erbjuds eller planeras i kommunen för att stödja/främja samhälls- och arbetslivsfärdigheter samt sysselsättning och företagsverksamhet?",
        ("muut_palvelut", "vastuutaho"): "Vilka aktörer/enheter ansvarar för att ordna de övriga tjänsterna inom kommunens organiseringsansvar?",
    },
    hints={
        ("muut_palvelut", "toimijat"): "(Till exempel bekantskap med och deltagande i organisations-, förenings- eller gemenskapsverksamhet eller annan samhällelig verksamhet eller kultur- och fritidsverksamhet.)",
    },
    subheadings={
        ("kotoutumiskoulutus", "paattotestaus"): f"Slutbedömning av språkkunskaperna ({law_ref(LawRef((26,)))}):",
    },
    table_title="Ansvarstabell",
    table_columns={
        "palvelu": "Tjänst/åtgärd:",
        "tyonhakijat": "Aktör som producerar tjänsterna för arbetssökande:",
        "muut_asiakkaat": "Aktör som producerar tjänsterna för övriga integrationskunder:",
    },
    table_rows={
        "arviointi": "Bedömning av kompetens och behovet av integrationstjänster",
        "monialainen_arviointi": "Sektorsövergripande bedömning av kompetens och behovet av integrationstjänster",
        "kotoutumissuunnitelma": "Integrationsplan",
        "monialainen_kotoutumissuunnitelma": "Sektorsövergripande integrationsplan",
        "yhteiskuntaorientaatio": "Flerspråkig samhällsorientering",
        "kotoutumiskoulutus": "Integrationsutbildning",
        "ohjaus_ja_neuvonta": "Vägledning och rådgivning under den tid integrationsprogrammet genomförs",
        "seuranta_ja_paivittaminen": "Uppföljning och uppdatering av kommunens integrationsprogram",
    },
    target_groups=TARGET_GROUPS,
    service_languages={"fi": "Finskspråkiga tjänster", "sv": "Svenskspråkiga tjänster"},
    answer_fields={"kohderyhma": "målgrupp", "kieli": "språk", "otsikko": "rubrik", "nimi": "namn",
                   "toiminta": "verksamhet", "kuvaus": "beskrivning", "nimike": "befattning", "puhelin": "telefon",
                   "sahkoposti": "e-post"},
    places={
        "document": "dokumentet",
        "header": "basuppgifter (blankettens början)",
        "header_key": "basuppgifter: {key}",
        "field": "{code} «{text}»",
        "section": "punkt {number} «{title}»{law}",
        "section_key": "punkt {number}: {key}",
        "question": "punkt {number} {block} «{text}»{law}",
        "note": "{text} (tilläggsinformation)",
        "table": "ansvarstabellen",
        "table_key": "ansvarstabellen: {key}",
        "row": "ansvarstabellen, rad {number} «{label}»",
        "column": ", kolumn «{label}»",
        "list_item": "punkt {n} i förteckningen",
        "item": "punkt {n}",
        "separator": " › ",
        "keyword": "integrationsprogram",
        "draft_mark": "UTKAST",
        "agenda_heading": AGENDA_HEADING,
        "other_group": " (målgrupp 'muu')",
        "schema_note": "Fri tilläggsinformation till frågan: {text}",
        "schema_optional": " (Frivillig.)",
        "schema_row": "Ansvarstabellens rad {number}: {label}",
    },
    fields={
        **FIELDS,
        "Approval.otsikko": ("Ärendets rubrik", f"Rubriken för ärendet på föredragningslistan; standard '{AGENDA_HEADING}'."),
    },
    joint=JOINT,
    own=OWN,
    translated=True,
)
