"""What every code rests on, and why it is an error or a warning, in Swedish (shown in docs/felkoder.md).

A translation of :mod:`kotodoc.messages.fi_grounds`, which holds the reasoning; the law is named as in
Swedish ("13 § 3 mom. i integrationslagen"; there is no Swedish abbreviation of KotoL). The grading rule
is the same: an error only where the integration act (681/2023), the TEM form or kotodoc's own file
format requires something; advice, local practice and what kotodoc only infers from free text are
warnings.
"""

from __future__ import annotations

_READ = ("Filens form: kotodoc kan inte läsa filen från detta ställe, så dess innehåll kan inte kontrolleras "
         "eller skrivas ut. Därför ett fel.")
_SAFE = ("Säkerhet: gränsen skyddar kontrollen mot att hänga sig och mot att minnet tar slut; ett verkligt "
         "integrationsprogram ligger långt från gränsen. Därför ett fel.")
_FORMAT = "kotodocs filformat: "
_RETIRED = "Används inte längre, och koden återanvänds inte. "
_INFERRED = " Slutsatsen dras utifrån fri text, så det är en varning."
_DRAFT = " I ett utkast (luonnos: true eller --luonnos) en varning, så att ett ofärdigt dokument kan sparas."
_JOINT = ("Blocket yhteistoiminta (kotodocs tillägg till blanketten): uppgifterna skrivs ut som bilaga till "
          "dokumentet och används i kostnadsfördelningen. ")
_COSTS = "Kostnadsfördelningen (kotodoc costs och bilagan): "

GROUNDS: dict[str, str] = {
    "KD101": _READ,
    "KD102": ("YAML-formen: samma nyckel två gånger är oklar. kotodoc använder den första, och det andra svaret "
              "skulle försvinna ur dokumentet utan att någon märker det. Därför ett fel."),
    "KD103": ("Filens teckenkodning: å, ä och ö läses rätt bara i UTF-8; felläsna tecken skulle hamna i "
              "dokumentet. Därför ett fel."),
    "KD104": _FORMAT + "en fil är ett integrationsprogram; ett andra dokument skulle inte kontrolleras. Därför ett fel.",
    "KD105": _FORMAT + "blankettens punkter är filens nycklar; utan dem kan ingenting läsas. Därför ett fel.",
    "KD106": _SAFE,
    "KD107": _SAFE,
    "KD108": _SAFE,
    "KD109": ("Begränsning i Word-dokument (XML): ett styrtecken kan inte sparas i dokumentet, så utskriften "
              "skulle misslyckas. Därför ett fel."),
    "KD110": ("Säkerhet: en YAML-tagg kan få läsaren att skapa programobjekt; kotodoc läser bara text. "
              "Därför ett fel."),
    "KD111": _FORMAT + "nycklarna är namnen på blankettens punkter, så de är text. Därför ett fel.",
    "KD112": "Blanketten: i en tom fil saknas hela blanketten. Därför ett fel.",
    "KD113": ("Teckenkodning: ett halvt teckenpar kan inte sparas i något filformat (UTF-8, Word), så texten kunde inte "
              "komma med i dokumentet som den är. Därför ett fel."),
    "KD114": ("Filens form: kotodoc läser integrationsprogrammet ur en YAML-textfil; ur en Word- eller PDF-fil kan det "
              "inte läsa blankettens svar. Därför ett fel."),
    "KD201": ("Blanketten och 13 § i integrationslagen: varje punkt på blanketten och varje obligatoriskt fält i "
              "kotodocs block har sin plats i filen; en punkt som saknas kan inte skrivas ut i blankettens "
              "ordning. Därför ett fel. En obesvarad fråga skrivs som tom eller med ordet 'kompletteras' "
              "(KD307)."),
    "KD202": (_FORMAT + "fältet behöver ett värde (t.ex. kommunens eller organets namn) för att dokumentet eller "
              "föredragningslistan ska kunna skrivas. Därför ett fel. Obesvarade frågor på blanketten är KD307."),
    "KD203": (_FORMAT + "en okänd nyckel är oftast ett skrivfel, och dess svar skulle falla bort ur dokumentet. "
              "Därför ett fel."),
    "KD204": _FORMAT + "värdets form (text, förteckning, nycklar) avgör hur det skrivs ut. Därför ett fel.",
    "KD205": _FORMAT + "värdet kan inte läsas. Därför ett fel.",
    "KD206": (_FORMAT + "värdet är ett av de uppräknade (målgrupp, tjänstespråk, ansvarsnivå …), så att det skrivs "
              "ut med blankettens ord. Därför ett fel."),
    "KD207": _FORMAT + "filformatets version avgör hur filen läses. Därför ett fel.",
    "KD208": ("Blankettens H3 (kontaktperson och kontaktuppgifter): livskraftscentralen kontaktar denna adress, "
              "och till en felaktig adress kan inget meddelande skickas. Därför ett fel."),
    "KD209": ("Blankettens H3 (kontaktperson och kontaktuppgifter): ett felaktigt nummer kan inte ringas. "
              "Telefon är frivillig, men när den anges ska den vara ett nummer. Därför ett fel."),
    "KD210": ("25 § i integrationslagen och statsrådets förordning 576/2024 begränsar inte språken för den "
              "flerspråkiga samhällsorienteringen, så ett okänt språk är inte ett fel och påpekas inte. En "
              "varning bara när namnet ligger mycket nära ett känt språk och därför troligen är ett skrivfel."),
    "KD211": (_FORMAT + "datumet skrivs ut i dokumentet och på föredragningslistan, och tidsfrister jämförs med "
              "det; en oklar dag kan inte användas. Därför ett fel."),
    "KD212": _COSTS + "kostnaderna fördelas enligt invånar- och kundantal; ett gissat tal skulle fördela dem fel. "
    "Därför ett fel.",
    "KD213": (_FORMAT + "uppgifterna om inlämningen på två ställen (elinvoimakeskus och ely): kotodoc kan inte veta "
              "vilket som är rätt. Därför ett fel."),
    "KD214": ("Rapportens läsbarhet: samma iakttagelse på hundratals ställen skulle dölja de andra, och en rapport på "
              "en miljon rader skulle låsa CI. Iakttagelserna har redan getts som fel eller varningar, så denna "
              "sammanfattning är en varning och ändrar inte resultatet."),
    "KD301": ("13 § 3 mom. i integrationslagen och blankettens inledning: dokumentet beskriver också "
              "arbetskraftsmyndighetens tjänster för arbetssökande och kommunens tjänster för andra; punkt 1 ber "
              "om en beskrivning för olika målgrupper. När svaret har delats upp per målgrupp och den andra "
              "halvan saknas, har den inte beskrivits. Därför ett fel. En namngiven grupp (kohderyhma: muu, "
              "t.ex. Kvotflyktingar) kan täcka vilken halva som helst."),
    "KD302": ("15 och 17 § i integrationslagen och blankettens inledning: den sektorsövergripande bedömningen och "
              "planen görs alltid i samarbete med välfärdsområdet, och blanketten frågar vilka aktörer som gör "
              "dem 'i kommunen och välfärdsområdet'. Därför ett fel. Välfärdsområdet känns igen på det officiella, "
              "svenska och böjda namnet, förkortningen (HVA) och varumärket (t.ex. Soite, Eloisa, Pirha). "
              "Helsingfors ordnar själv social- och hälsovårdstjänsterna och hör inte till något välfärdsområde, "
              "så för Helsingfors finns inget krav."),
    "KD303": ("Blankettens punkt 5: 'Hur ordnas utbildning i läs- och skrivkunnighet i er kommun?' och 'Om det "
              "inte finns behov av utbildning i läs- och skrivkunnighet, ange motiveringen.' Minst det ena krävs. "
              "Därför ett fel." + _DRAFT),
    "KD304": (_RETIRED + "En beskrivning av utbildningen och en motivering till att en egen grupp inte behövs nu "
              "går ihop och följer lagen."),
    "KD305": ("Blankettens punkt 7 är frivillig, men när den tas med beskriver den en tjänst (A); enbart ansvarig "
              "aktör och samarbete säger inte vilken tjänst det gäller. Därför ett fel." + _DRAFT),
    "KD306": ("Blanketten ber om en beskrivning av tjänsten per målgrupp. Två delar med samma namn strider inte mot "
              "lagen, men läsaren kan inte skilja dem åt, så det är en varning. Med egna rubriker (t.ex. "
              "arbetssökande under och över 25 år) skiljer sig delarna åt och påpekas inte."),
    "KD307": ("13 § 1 och 3 mom. i integrationslagen: tjänsterna i programmet beskrivs i dokumentet med ansvar och "
              "samarbete, och blanketten frågar efter varje. Ett tomt svar, bara ett tecken (-, ?), en markering "
              "för något som ska fyllas i (kompletteras, TODO), bara en nekande eller uppskjutande fras (Nej., "
              "Inget behov., Ordnas inte., Preciseras senare.) eller en beskrivning som bara upprepar frågans ord "
              "(Vi samarbetar.) lämnar frågan obesvarad. Därför ett fel. Gränsen har härletts ur verkliga svar: "
              "den kortaste beskrivningen på Karlebys blankett, 'Verkostossa tehdään yhteistyötä' (Vi samarbetar i "
              "nätverket), upprepar två ord ur frågan och lägger till ett eget, så ett eget ord räcker som "
              "beskrivning (Som köpt tjänst.). När blanketten frågar efter namn eller ett faktum (ansvarig aktör, "
              "målgrupper, skede) räcker vilket ord som helst." + _DRAFT),
    "KD401": ("Ofärdig text strider inte mot lagen, men den hör inte hemma i ett färdigt dokument, så det är en "
              "varning. Ett helt ofärdigt svar är en obesvarad fråga (KD307)."),
    "KD402": ("Integrationslagen 681/2023 upphävde lag 1386/2010 (integrationsprogram enligt den gamla lagen, "
              "inledande kartläggning) 1.1.2025, och TE-byråerna lades ner samma dag genom lagen om ordnande av "
              "arbetskraftsservice 380/2023 (TE24). En gammal term kan vilseleda läsaren men gör inte dokumentet "
              "felaktigt, så det är en varning."),
    "KD403": ("5 § i språklagen 423/2003: en tvåspråkig kommun betjänar på båda språken; blanketten i punkterna 1 och "
              "7: 'Beskriv vid behov de finsk- och svenskspråkiga tjänsterna separat.' Orden 'vid behov' gör en "
              "separat beskrivning frivillig (Karleby beskrev dem inte separat), så det är en varning."),
    "KD404": ("Blankettens punkt 1: 'Beskriv hur tjänsten ordnas för olika målgrupper.' Målgrupperna kan också "
              "framgå av texten, så det är en varning."),
    "KD405": "Blankettens punkt 3 C: 'Namnge samarbetsparterna.'" + _INFERRED,
    "KD406": "Samma språk två gånger är inte ett fel, men skrivs ut som en upprepning i dokumentet, så det är en varning.",
    "KD407": ("Blankettens inledning och 13 § i integrationslagen: arbetskraftsmyndigheten ansvarar för de "
              "arbetssökandes tjänster, och dokumentet innehåller också dess tjänster (ansvarstabellens kolumn "
              "för arbetssökande). Arbetskraftsmyndigheten är kommunens sysselsättningsområde eller, i "
              "Helsingfors, Vanda, Lahtis och Kouvola, staden själv (dess sysselsättningstjänster)." + _INFERRED),
    "KD408": ("Blankettens inledning: 'Tjänsterna i integrationsprogrammet ska beskrivas i samarbete med kommunens "
              "arbetskraftsmyndighet.'" + _INFERRED),
    "KD409": ("Lag 531/2025 (livskraftscentralerna från 1.1.2026) och lagen om ordnande av arbetskraftsservice "
              "380/2023 (sysselsättningsområdena från 1.1.2025). Gäller dokument som är daterade 1.1.2026 eller "
              "senare; texten kan berätta om historien med avsikt, så det är en varning."),
    "KD410": ("15 och 17 § i integrationslagen: det sektorsövergripande arbetet görs med kommunens eget "
              "välfärdsområde. Kommunernas välfärdsområden finns i lag 616/2021 (Statistikcentralens "
              "klassificering, kotodocs referensuppgifter). Namnet kan också vara föråldrat eller syfta på "
              "samarbete med ett grannområde, så det är en varning."),
    "KD411": ("Blankettens inledning och 13 § i integrationslagen: dokumentet innehåller också "
              "arbetskraftsmyndighetens tjänster; tjänsterna i punkterna 3–5 (samhällsorientering, "
              "integrationsutbildning, annan utbildning) ordnas för arbetssökande av arbetskraftsmyndigheten."
              + _INFERRED),
    "KD412": ("Blankettens H1 namnger kommunen eller kommunerna. Utgående från namnet kontrollerar kotodoc kommunens "
              "tvåspråkighet (KD403), välfärdsområde (KD302, KD410) och arbetskraftsmyndighet (KD407, KD408, "
              "KD411) enligt Statistikcentralens kommunindelning (kotodocs referensuppgifter: 308 kommuner "
              "2025–2026, på finska och svenska). Ett okänt namn är oftast ett skrivfel som stänger av dessa "
              "kontroller, men blanketten kräver inte att namnet skrivs på ett visst sätt, så det är en varning. "
              "Ett förslag (menade du) ges bara när ett kommunnamn är klart närmast; om en kommun som upphört "
              "genom kommunsammanslagning varnas bara i ett dokument som är daterat efter sammanslagningen."),
    "KD501": (_JOINT + "Blankettens H1 räknar upp de kommuner vars program dokumentet är; en medlem som inte finns i "
              "H1 gör dokumentet motsägelsefullt. Därför ett fel."),
    "KD502": _JOINT + "En kommun i H1 som inte är medlem skulle saknas i uppgiftsfördelningen och kostnaderna. "
    "Därför ett fel.",
    "KD503": _JOINT + "Samma kommun två gånger skulle räknas två gånger i kostnaderna. Därför ett fel.",
    "KD504": _JOINT + "Den samordnande kommunen (blankettens H2) är en av medlemmarna; annars är uppgifterna "
    "motsägelsefulla. Därför ett fel.",
    "KD505": "Ett okänt kommunnamn är ofta ett skrivfel; kotodoc hindrar ändå inte namnet, så det är en varning.",
    "KD506": (_JOINT + "Kommunernas välfärdsområden finns i lag 616/2021. Samarbete över områdesgränserna är möjligt, "
              "så det är en varning."),
    "KD507": (_JOINT + "Kommunernas sysselsättningsområden finns i statsrådets beslut 22.2.2024 (Statistikcentralens "
              "klassificering). Ett område som saknas har troligen glömts, men kan vara avsiktligt, så det är en "
              "varning."),
    "KD508": _JOINT + "Medlemmens sysselsättningsområde är ett av blockets sysselsättningsområden; annars är "
    "uppgifterna motsägelsefulla. Därför ett fel.",
    "KD509": ("Enligt Mikkeliregionens förslag (20.6.2024) är en landskapsomfattande tjänst gemensam för alla "
              "kommuner i landskapet. Modellen är en benämning, inte ett krav i lagen, så det är en varning."),
    "KD510": (_FORMAT + "välfärdsområdet känns igen på namnet (21 områden, lag 616/2021), så att medlemmarnas "
              "områden kan jämföras. Därför ett fel."),
    "KD511": _JOINT + "En kundgrupp utan uppgifter skulle skrivas ut som en tom kolumn. Därför ett fel.",
    "KD512": _JOINT + "I uppgiftsfördelningen har varje uppgift en ansvarsnivå; utan den är fördelningen oklar. "
    "Därför ett fel.",
    "KD513": _JOINT + "Samma uppgift två gånger skulle ge den två ansvarsnivåer. Därför ett fel.",
    "KD514": _JOINT + "En avvikelse från en uppgift som inte finns i fördelningen säger inte vad den avviker från. "
    "Därför ett fel.",
    "KD515": _JOINT + "En avvikelse som inte ändrar något är troligen föråldrad, men inte fel, så det är en varning.",
    "KD516": _JOINT + "Två avvikelser från samma uppgift skulle ge den två ansvarsnivåer. Därför ett fel.",
    "KD520": _COSTS + "kostnaderna fördelas helt, så andelarnas summa är 100 %. Därför ett fel.",
    "KD521": (_RETIRED + "Ett områdes förslag (Mikkeliregionen 20.6.2024: 30–50 % enligt invånarantal, 50–70 % "
              "enligt orsaksprincipen) är ingen standard för andra; andelarna är medlemskommunernas avtal."),
    "KD522": _COSTS + "med segmentens vikter fördelas hela den orsaksbaserade andelen, så summan är 100 %. "
    "Därför ett fel.",
    "KD523": _COSTS + "fördelningen kan inte räknas ut utan varje medlems siffror. Därför ett fel.",
    "KD524": _COSTS + "fördelningen fungerar, men ett tomt segment är ofta en glömd siffra, så det är en varning.",
    "KD525": _COSTS + "fördelningen fungerar enligt invånarantal, men kundantalen har troligen glömts, så det är en "
    "varning.",
    "KD526": _COSTS + "ett eurobelopp eller en procentsats läses bara ur ett entydigt tal. Därför ett fel.",
    "KD527": _COSTS + "ett negativt invånarantal eller noll kan inte vara rätt. Därför ett fel.",
    "KD528": _COSTS + "kotodoc costs behöver kostnadsuppgifterna. Därför ett fel.",
    "KD529": (_COSTS + "en kommun med tio miljoner invånare, en årskostnad på en miljard euro eller en andel över "
              "100 % finns inte; ett så stort tal är ett skrivfel, och ett mycket långt tal kunde inte räknas utan "
              "avrundning. Därför ett fel."),
    "KD601": ("Ett organ med flera ledamöter (nämnd, styrelse, fullmäktige) beslutar på ett sammanträde, så beslutet "
              "har en sammanträdesdag, som skrivs ut på föredragningslistan och i H7. Lagen förutsätter inte att "
              "dokumentet godkänns, och ett tjänsteinnehavarbeslut har inget sammanträde, så det är en varning, och "
              "bara när organet har flera ledamöter."),
    "KD602": (_RETIRED + "Att skicka dokumentet till NTM-centralen före organets sammanträde var vanlig praxis "
              "(tidsfristen i ANM:s brev 19.6.2024 var 5.12.2024), och lagen förutsätter inte godkännande."),
    "KD603": ("ANM:s brev 19.6.2024 bad om dokumentet före tidsfristen för att ersättningarna skulle kunna betalas "
              "ut smidigt; en försening gör inte dokumentet felaktigt, så det är en varning."),
    "KD604": ("Diarienumrets form varierar mellan ärendehanteringssystemen (442/14.07.00/2024, HEL 2024-001473, "
              "LAH/…), så formen krävs inte. En varning bara när värdet inte kan vara ett diarienummer (inga "
              "siffror, ett datum, text)."),
    "KD605": ("Tidsfristen i ANM:s brev (i 2024 års omgång 5.12.2024) är inte ett krav i lagen, och en senare "
              "inlämning kan avtalas, så det är en varning."),
    "KD606": "H7 och blocket hyvaksyminen säger samma sak; en motsägelse är troligen föråldrad text, så det är en "
    "varning.",
    "KD607": "Ärendet på föredragningslistan skrivs utifrån uppgifterna om godkännandet; utan dem finns inget att "
    "skriva ut. Därför ett fel.",
    "KD608": "Kommunens egen mall som inte kan användas hindrar utskriften. Därför ett fel.",
    "KD609": ("Förteckningen över ändringar på föredragningslistan görs utifrån den föregående godkända versionen; "
              "när den inte kan läsas kan den begärda förteckningen inte göras, och föredragningslistan skrivs "
              "inte ut utan den. Därför ett fel."),
    "KD610": ("Lag 531/2025: från 1.1.2026 har livskraftscentralerna ersatt NTM-centralerna. Den gamla nyckeln "
              "läses fortfarande, så varningen hindrar inte utskriften."),
    "KD611": ("Blankettens H1 räknar upp de kommuner vars program dokumentet är; uppgifter om godkännande för en "
              "kommun som inte finns i H1 skulle skrivas ut fel i H7 och på föredragningslistan. Därför ett fel."),
}
"""Each code's ground in Swedish: what it rests on and why it is an error or a warning."""
