"""The message catalogue in Swedish: every code's text, what to do about it, and the words around them.

The same codes and template fields as :mod:`kotodoc.messages.fi` (a test checks both). Places of the
document are worded by the Swedish form texts (:mod:`kotodoc.form.sv`, kotodoc's translation). The YAML
keys and code values stay Finnish, as the user writes them. The command line's own texts are in
:mod:`kotodoc.messages.sv_cli`. The words and phrases messages are built from are in
:mod:`kotodoc.messages.sv_words`.
"""

from __future__ import annotations

from kotodoc.messages.sv_cli import HELP_WORDS, UI
from kotodoc.messages.sv_grounds import GROUNDS
from kotodoc.messages.sv_words import PHRASES, WORDS
from kotodoc.messages.texts import Text

__all__ = ["FAMILIES", "HELP_WORDS", "MESSAGES", "PHRASES", "SEVERITY", "UI", "WORDS"]  # UI, HELP_WORDS: the command line's (sv_cli); WORDS, PHRASES: sv_words

FAMILIES: dict[str, str] = {
    "1": "Läsning av filen",
    "2": "Struktur: nycklar, värden och format",
    "3": "Lagens och blankettens krav",
    "4": "Råd om innehållet",
    "5": "Samarbete mellan flera kommuner",
    "6": "Behandling och godkännande",
}

SEVERITY: dict[str, str] = {"error": "fel", "warning": "varning"}

_TEXTS: dict[str, Text] = {
    "KD101": Text("YAML-syntaxfel: {problem}", "Rätta stället: kontrollera indrag, kolon och citattecken."),
    "KD102": Text("Nyckeln '{key}' förekommer två gånger på samma ställe (också på rad {first_line})", "Ta bort den ena nyckeln eller slå ihop deras innehåll."),
    "KD103": Text("Filen är inte i teckenkodningen UTF-8 ({detail})", "Spara filen i UTF-8-format (Anteckningar: Spara som > Kodning: UTF-8)."),
    "KD104": Text("Filen innehåller flera YAML-dokument; endast ett är tillåtet", "Ta bort avgränsaren '---' och dela upp programmen i olika filer."),
    "KD105": Text("Filen ska vara en struktur med nycklar och värden (mapping), nu är den {found}", "Börja filen med nycklar, till exempel 'skeemaversio: 1', eller gör en ny mall: kotodoc init --kieli sv."),
    "KD106": Text("Filen är för stor ({size} byte; högst {limit})", "Kontrollera om något extra har hamnat i filen och ta bort det."),
    "KD107": Text("Strukturen är för djup (över {limit} nivåer i varandra)", "Kontrollera indragen och ta bort de extra nivåerna."),
    "KD108": Text("För många hänvisningar (alias) eller för stor struktur ({detail})", "Skriv ut värdena i stället för hänvisningar (&ankare, *alias)."),
    "KD109": Text("Texten innehåller styrtecknet {char}, som skulle förstöra Word-dokumentet", "Ta bort tecknet; det har ofta kommit med när text kopierats från ett annat program."),
    "KD110": Text("YAML-taggen '{tag}' är inte tillåten", "Ta bort taggen (t.ex. !!python/...); skriv värdet som vanlig text."),
    "KD111": Text("En nyckel ska vara text, nu är den {found}", "Skriv nyckeln som vanlig text."),
    "KD112": Text("Filen är tom", "Börja från en mallfil: kotodoc init --kieli sv."),
    "KD113": Text("Texten innehåller beteckningen {char}, som bara är ena halvan av ett teckenpar (surrogat) och inte duger som tecken", "Skriv tecknet som det är eller hela teckenparet efter varandra (t.ex. \\ud83d\\ude42 är 🙂)."),
    "KD114": Text("Filen är {kind}, inte en YAML-fil", "Integrationsprogrammet är en YAML-textfil. En blankett som fyllts i i Word (.docx, .doc, .odt) blir en YAML-fil med kommandot kotodoc import; för en PDF-fil, importera dess ursprungliga Word-fil."),
    "KD201": Text("Saknas: {what}", "Lägg till det som saknas; blankettens fråga säger vad som ska skrivas där. I en ofärdig punkt kan du skriva 'kompletteras'."),
    "KD202": Text("Värdet saknas: {what}", "Skriv ett värde; tomt räcker inte."),
    "KD203": Text("Okänd nyckel '{key}'{hint}", "Rätta nyckelns stavning eller ta bort nyckeln."),
    "KD204": Text("{what}: värdet ska vara {expected}, nu är det {found}", "Ändra värdet till rätt form ({expected})."),
    "KD205": Text("{what}: värdet duger inte här (nu är det {found})", "Rätta värdet; blankettens fråga eller exempelfilen (kotodoc init) visar vilket slags värde som hör hit."),
    "KD206": Text("{what}: '{value}' är inte ett tillåtet värde (tillåtna: {allowed}){hint}", "Välj ett av de tillåtna värdena."),
    "KD207": Text("Schemaversionen '{value}' stöds inte; denna kotodoc stöder version {supported}", "Skriv 'skeemaversio: {supported}' eller uppdatera kotodoc."),
    "KD208": Text("{what}: '{value}' är inte en giltig e-postadress", "Skriv adressen i formen fornamn.efternamn@kommun.fi."),
    "KD209": Text("{what}: '{value}' är inte ett giltigt telefonnummer", "Skriv numret till exempel i formen 040 1234567, (06) 224 9031 eller +358 40 1234567."),
    "KD210": Text("{what}: kotodoc känner inte till språket '{value}'; menade du '{suggestion}'?", "Rätta stavningen om du menade språket '{suggestion}'."),
    "KD211": Text("{what}: '{value}' {problem}", "Skriv datumet i formen 5.12.2024 (eller 2024-12-05)."),
    "KD212": Text("{what}: '{value}' är inte ett heltal i en form som kotodoc läser", "Skriv talet med enbart siffror utan mellanslag, tecken och decimaler, till exempel {accepted}."),
    "KD213": Text("{what}: uppgifterna om inlämningen har angetts två gånger, med nycklarna '{first}' och '{second}'; ange bara den ena", "Behåll nyckeln 'elinvoimakeskus' (dokument från 1.1.2026) eller 'ely' (dokument från åren 2024–2025) och ta bort den andra.", "Samma uppgift på två ställen: kotodoc kan inte veta vilken som är rätt."),
    "KD214": Text("Filen har ytterligare {count} likadana iakttagelser ({code}) som inte visas; de första {shown} är listade", "Rätta de listade ställena och kontrollera filen igen; ofta har alla samma orsak."),
    "KD301": Text("{what}: svaret har delats upp per målgrupp, men målgruppen {group} saknas", "Lägg till en del för målgruppen (eller för en namngiven grupp, kohderyhma: muu och otsikko) eller skriv ett gemensamt svar (kohderyhma: kaikki)."),
    "KD302": Text("{what}: välfärdsområdet har inte nämnts; den sektorsövergripande bedömningen och planen görs alltid i samarbete med välfärdsområdet{law}", "Nämn kommunens välfärdsområde, till exempel {example}."),
    "KD303": Text("Punkt {number}: utbildningen i läs- och skrivkunnighet har varken beskrivits eller motiverats varför den inte behövs", "Beskriv utbildningen under nyckeln 'luku_ja_kirjoitustaito' eller motivera under nyckeln 'ei_tarvetta_perustelu' (eller båda)."),
    "KD304": Text("Punkt {number}: utbildningen i läs- och skrivkunnighet har beskrivits och samtidigt har det motiverats att det inte finns behov av den", "Inga åtgärder: koden används inte längre."),
    "KD305": Text("Punkt {number} finns med, men ingen av dess tjänster (A) har beskrivits", "Svara på minst en av frågorna i A eller ta bort punkt 7 (den är frivillig)."),
    "KD306": Text("{what}: målgruppen {group} har två delar med samma rubrik, så läsaren kan inte skilja dem åt", "Slå ihop delarna eller ge vardera en egen rubrik (t.ex. otsikko: Under 25 år)."),
    "KD307": Text("{what}: frågan har inte besvarats ({reason})", "Skriv ett svar på frågan (ett ofärdigt dokument kan kontrolleras som utkast: kotodoc validate --luonnos)."),
    "KD401": Text("{what}: texten verkar vara ofärdig ('{found}')", "Komplettera texten innan dokumentet skickas till livskraftscentralen (åren 2024–2025 till NTM-centralen)."),
    "KD402": Text("{what}: '{found}' är {source}; nuvarande term: {modern}", "Använd termerna i lag 681/2023 och de nuvarande myndigheternas namn.", "Integrationslagen 681/2023 upphävde lag 1386/2010 (inledande kartläggning); TE-byråerna lades ner 1.1.2025 genom lagen om ordnande av arbetskraftsservice 380/2023 (TE24)."),
    "KD403": Text("{kunta} är en tvåspråkig kommun, men de svenskspråkiga tjänsterna har inte beskrivits (blanketten: '{instruction}')", "Lägg till delar med 'kieli: sv' i svaren eller berätta om de svenskspråkiga tjänsterna."),
    "KD404": Text("{what}: blanketten ber om en beskrivning av tjänsten för olika målgrupper; svaret har inte delats upp per målgrupp", "Dela upp svaret i delar (kohderyhma: tyonhakijat, tyovoiman_ulkopuoliset eller muu) eller ange att det gäller alla (kohderyhma: kaikki)."),
    "KD405": Text("Punkt {number}: samhällsorienteringen genomförs i samarbete, men samarbetsparterna har inte namngetts ('{question}')", "Räkna upp samarbetsparterna under nyckeln 'yhteistyotahot'."),
    "KD406": Text("{what}: språket '{value}' finns två gånger i förteckningen", "Ta bort det upprepade språket."),
    "KD407": Text("{what}: arbetskraftsmyndigheten ansvarar för tjänsterna för arbetssökande, men den har inte nämnts", "Nämn arbetskraftsmyndigheten, till exempel {example}."),
    "KD408": Text("{what}: arbetskraftsmyndigheten saknas bland samarbetspartnerna; tjänsterna ska beskrivas i samarbete med kommunens arbetskraftsmyndighet", "Lägg till arbetskraftsmyndigheten bland samarbetspartnerna, till exempel {example}."),
    "KD409": Text("{what}: '{found}': {ended}; {now} {current}", "Rätta myndighetens namn: från 2026 lämnas dokumentet in till livskraftscentralen i området, och arbetskraftsmyndigheten (sysselsättningsområdet eller kommunen) ansvarar för de arbetssökandes tjänster.", "Lag 531/2025 (livskraftscentralerna från 1.1.2026); lag om ordnande av arbetskraftsservice 380/2023 (sysselsättningsområdena från 1.1.2025). Varningen gäller dokument som är daterade 1.1.2026 eller senare."),
    "KD410": Text("{what}: det nämnda {found} är inte välfärdsområdet för dokumentets kommun ({kunta}); kommunens välfärdsområde är {county}", "Rätta välfärdsområdets namn: {county}."),
    "KD411": Text("{what}: punktens tjänster gäller också arbetssökande, men arbetskraftsmyndigheten nämns inte i punkten", "Berätta hur arbetskraftsmyndigheten ({example}) ordnar tjänsten för arbetssökande."),
    "KD412": Text("{what}: kommunen '{kunta}' finns inte bland namnen på Finlands kommuner (kommunerna 2025–2026){hint}", "Skriv kommunens namn på finska eller svenska (t.ex. Kokkola eller Karleby). Så länge namnet inte känns igen kontrollerar kotodoc inte kommunens tvåspråkighet, välfärdsområde eller arbetskraftsmyndighet."),
    "KD501": Text("{what}: kommunen '{kunta}' är medlem i samarbetet, men den finns inte i basuppgifterna ({header})", "Lägg till kommunen i basuppgifterna eller ta bort den från medlemmarna; förteckningarna ska motsvara varandra."),
    "KD502": Text("{header}: kommunen '{kunta}' saknas bland samarbetets medlemmar", "Lägg till kommunen bland samarbetets medlemmar eller ta bort den från basuppgifterna."),
    "KD503": Text("{what}: kommunen '{kunta}' finns två gånger bland medlemmarna", "Ta bort den ena medlemmen och slå ihop deras uppgifter."),
    "KD504": Text("{what}: den samordnande kommunen '{kunta}' är inte medlem i samarbetet{hint}", "Skriv en av medlemskommunerna som samordnande kommun."),
    "KD505": Text("{what}: '{kunta}' är inte namnet på en kommun i Finland (kommunerna 2025–2026); menade du '{suggestion}'?", "Kontrollera stavningen av kommunens namn."),
    "KD506": Text("{what}: {kunta} hör till välfärdsområdet {county}, men som samarbetets välfärdsområde har {given} angetts", "Kontrollera välfärdsområdet; samarbetets kommuner hör vanligen till samma välfärdsområde."),
    "KD507": Text("{what}: enligt kotodocs uppgifter hör {kunta} till sysselsättningsområdet '{area}', som inte har angetts", "Lägg till sysselsättningsområdet bland samarbetets sysselsättningsområden eller kontrollera kommunens uppgifter."),
    "KD508": Text("{what}: sysselsättningsområdet '{area}' finns inte i förteckningen över samarbetets sysselsättningsområden{hint}", "Skriv ett av samarbetets sysselsättningsområden eller lägg till området i förteckningen."),
    "KD509": Text("{what}: en landskapsomfattande tjänst är gemensam för alla kommuner i landskapet, men av kommunerna i välfärdsområdet {county} är följande inte medlemmar: {missing}", "Lägg till de kommuner som saknas eller välj modellen seudullinen (regional)."),
    "KD510": Text("{what}: okänt välfärdsområde '{value}'{hint}", "Skriv välfärdsområdets korta namn på finska, till exempel Etelä-Savo."),
    "KD511": Text("{what}: inga uppgifter har angetts", "Räkna upp kundgruppens uppgifter i formen 'tehtava: vastuutaso' eller ta bort gruppen."),
    "KD512": Text("{what}: uppgiften har ingen ansvarsnivå; varje uppgift har exakt en ansvarsnivå (tillåtna: {allowed})", "Skriv ansvarsnivån efter uppgiften, till exempel 'ohjaus_ja_neuvonta: yhteinen_palvelu'."),
    "KD513": Text("{what}: uppgiften har angetts två gånger ('{first}' och '{second}' betyder samma uppgift); varje uppgift har exakt en ansvarsnivå", "Ta bort den ena nyckeln."),
    "KD514": Text("{what}: den gemensamma uppgiftsfördelningen har ingen uppgift «{task}» för kundgruppen «{group}», så man kan inte avvika från den", "Lägg till uppgiften i uppgiftsfördelningen eller rätta avvikelsens grupp eller uppgift."),
    "KD515": Text("{what}: avvikelsen ändrar ingenting: uppgiftens ansvarsnivå i den gemensamma uppgiftsfördelningen är redan '{level}'", "Ta bort avvikelsen eller rätta dess ansvarsnivå."),
    "KD516": Text("{what}: kommunen har redan en avvikelse för uppgiften «{task}» för kundgruppen «{group}»; varje uppgift har exakt en ansvarsnivå", "Slå ihop avvikelserna till en."),
    "KD520": Text("{what}: summan av andelarna enligt invånarantal ({population} %) och enligt orsaksprincipen ({causation} %) är {total} %; den ska vara 100 %", "Rätta andelarna så att deras summa är 100 %."),
    "KD521": Text("{what}: {value} % ligger utanför intervallet {low}–{high} % i förslaget från S:t Michelsregionen (20.6.2024)", "Inga åtgärder: koden används inte längre."),
    "KD522": Text("{what}: vikternas summa är {total} %; den ska vara 100 %", "Rätta vikterna så att deras summa är 100 %, eller ta bort dem (standard: lika stora vikter)."),
    "KD523": Text("{what}: för kostnadsfördelningen saknas för kommunen '{kunta}': {missing}", "Lägg till medlemmens invånarantal och antal kunder per segment (0 om det inte finns kunder)."),
    "KD524": Text("{what}: kundsegmentet «{segment}» har inga kunder; dess andel fördelas på de övriga segmenten i proportion till deras vikter", "Kontrollera antalet kunder eller ge segmentet vikten 0."),
    "KD525": Text("{what}: de viktade kundsegmenten har inga kunder; andelen enligt orsaksprincipen fördelas i proportion till invånarantalet", "Kontrollera medlemmarnas antal kunder."),
    "KD526": Text("{what}: '{value}' är inte ett giltigt tal; skriv utan mellanslag och enhet, högst två decimaler (t.ex. {example})", "Skriv talet med siffror, till exempel {example}."),
    "KD527": Text("{what}: värdet ska vara minst {minimum}, nu är det {value}", "Rätta talet till minst {minimum}."),
    "KD528": Text("Filen innehåller inga kostnadsuppgifter (yhteistoiminta › kustannukset); kostnadsfördelningen kan inte beräknas", "Lägg till kostnaderna i blocket yhteistoiminta: årskostnad, andelar samt medlemmarnas invånarantal och antal kunder."),
    "KD529": Text("{what}: värdet får vara högst {maximum}, nu är det {value}", "Kontrollera talet: ett så stort värde är nästan säkert ett skrivfel."),
    "KD601": Text("{what}: organet '{body}' har fattat ett antecknat beslut, men sammanträdesdagen saknas", "Lägg till kokouspaiva, den dag då organet fattade beslutet."),
    "KD602": Text("{what}: dokumentet har skickats {to_body} {sent}, före sammanträdet {meeting} där det godkänns", "Inga åtgärder: koden används inte längre."),
    "KD603": Text("{what}: dokumentet har skickats {to_body} {sent}, efter tidsfristen {deadline}", "Kontrollera datumet; om det stämmer, meddela mottagaren om förseningen (en försening kan fördröja utbetalningen av ersättningarna)."),
    "KD604": Text("{what}: '{value}' ser inte ut som ett diarienummer: {problem}", "Kopiera diarienumret från ärendehanteringen (t.ex. 442/14.07.00/2024 eller HEL 2024-001473)."),
    "KD605": Text("{what}: sammanträdet {meeting} är efter {of_body} tidsfrist {deadline}", "Kontrollera sammanträdesdagen eller kom överens med livskraftscentralen (åren 2024–2025 NTM-centralen) om en senare inlämning."),
    "KD606": Text("{what}: det godkännande organet '{body}' nämns inte, fast det har angetts i uppgifterna om godkännandet", "Samordna texten i H7 och blocket hyvaksyminen, eller utelämna H7, så skrivs den utifrån blockets uppgifter."),
    "KD607": Text("Ärendet på föredragningslistan kan inte skrivas ut: dokumentet saknar uppgifter om godkännandet (blocket hyvaksyminen)", "Lägg till blocket hyvaksyminen: minst toimielin, helst också sammanträdesdag, beredare, föredragande och beslutsförslag."),
    "KD608": Text("Den egna mallen (--templates) innehåller ett fel: {problem}", "Rätta den egna mallen (--templates) eller ta bort den, så används kotodocs egen."),
    "KD609": Text("Förteckningen över ändringar i ärendet på föredragningslistan kan inte göras: den föregående versionen '{previous}' kan inte läsas ({problem})", "Kontrollera edellinen_versio: ett filnamn i denna fils katalog, en git-version (t.ex. v2024 eller HEAD~1) eller VERSION:SÖKVÄG. Ta bort fältet om förteckningen över ändringar inte behövs."),
    "KD610": Text("{what}: nyckeln '{key}' är från NTM-centralernas tid; från 1.1.2026 lämnas dokumentet in till livskraftscentralen ({centre}), så skriv 'elinvoimakeskus' som nyckel", "Byt namn på nyckeln: elinvoimakeskus. Innehållet (tem_kirje, maaraaika, lahetetty) förblir detsamma.", "Lag 531/2025: från 1.1.2026 har livskraftscentralerna ersatt NTM-centralerna. Den gamla nyckeln läses fortfarande, så varningen hindrar inte utskriften."),
    "KD611": Text("{what}: uppgifterna om godkännandet har angetts för kommunen '{kunta}', som inte finns i basuppgifterna ({header})", "Skriv kommunens namn som i basuppgifterna eller lägg till kommunen i basuppgifterna."),
}

MESSAGES: dict[str, Text] = {code: text._replace(ground=GROUNDS[code]) for code, text in _TEXTS.items()}
"""Every code's text, advice and ground (:mod:`kotodoc.messages.sv_grounds`)."""
