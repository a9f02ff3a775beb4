"""What every code rests on, and why it is an error or a warning, in Finnish (shown in docs/virhekoodit.md).

The grading follows one rule: an error only where the integration act (KotoL 681/2023), the TEM form or
kotodoc's own file format requires something (a file that cannot be read cannot be checked or printed);
advice, local practice and what kotodoc only infers from free text are warnings; one region's proposal
is never a default for others. Facts of law are as in the project's domain research (KotoL 13 § and its
three subsections, 14–17 §, 25–27 §; TEM's letter of 19.6.2024; seed 001: the act does not require the
document's approval).
"""

from __future__ import annotations

_READ = ("Tiedoston muoto: kotodoc ei voi lukea tiedostoa tästä kohdasta, joten sen sisältöä ei voi tarkistaa "
         "eikä tulostaa. Siksi virhe.")
_SAFE = ("Turvallisuus: raja suojaa tarkistusta jumiutumiselta ja muistin loppumiselta; oikea kotoutumisohjelma "
         "jää kauas rajasta. Siksi virhe.")
_FORMAT = "kotodocin tiedostomuoto: "
_RETIRED = "Poistettu käytöstä, eikä koodia käytetä uudelleen. "
_INFERRED = " Päätelmä tehdään vapaasta tekstistä, joten se on varoitus."
_DRAFT = " Luonnoksessa (luonnos: true tai --luonnos) varoitus, jotta keskeneräisen asiakirjan voi tallentaa."
_JOINT = ("Yhteistoiminta-lohko (kotodocin lisäys lomakkeeseen): tiedot tulostuvat asiakirjan liitteeksi ja "
          "kustannusten jakoon. ")
_COSTS = "Kustannusten jako (kotodoc costs ja liite): "

GROUNDS: dict[str, str] = {
    "KD101": _READ,
    "KD102": ("YAML-muoto: sama avain kahdesti on epäselvä. kotodoc käyttää ensimmäistä, ja toinen vastaus "
              "katoaisi asiakirjasta huomaamatta. Siksi virhe."),
    "KD103": ("Tiedoston merkistö: ääkköset luetaan oikein vain UTF-8-muodosta; väärin luetut merkit "
              "päätyisivät asiakirjaan. Siksi virhe."),
    "KD104": _FORMAT + "yksi tiedosto on yksi kotoutumisohjelma; toinen dokumentti jäisi tarkistamatta. Siksi virhe.",
    "KD105": _FORMAT + "lomakkeen kohdat ovat tiedoston avaimia; ilman niitä mitään ei voi lukea. Siksi virhe.",
    "KD106": _SAFE,
    "KD107": _SAFE,
    "KD108": _SAFE,
    "KD109": ("Word-asiakirjan (XML) rajoitus: ohjausmerkkiä ei voi tallentaa asiakirjaan, joten tulostus "
              "epäonnistuisi. Siksi virhe."),
    "KD110": ("Turvallisuus: YAML-tagi voi saada lukijan luomaan ohjelman olioita; kotodoc lukee vain tekstiä. "
              "Siksi virhe."),
    "KD111": _FORMAT + "avaimet ovat lomakkeen kohtien nimiä, joten ne ovat tekstiä. Siksi virhe.",
    "KD112": "Lomake: tyhjästä tiedostosta puuttuu koko lomake. Siksi virhe.",
    "KD113": ("Merkistö: puolikasta merkkiparia ei voi tallentaa mihinkään tiedostomuotoon (UTF-8, Word), joten "
              "teksti ei voisi päätyä asiakirjaan sellaisenaan. Siksi virhe."),
    "KD114": ("Tiedoston muoto: kotodoc lukee kotoutumisohjelman YAML-tekstitiedostosta; Word- tai PDF-tiedostosta "
              "se ei voi lukea lomakkeen vastauksia. Siksi virhe."),
    "KD201": ("Lomake ja KotoL 13 §: jokaisella lomakkeen kohdalla ja kotodocin lohkon pakollisella kentällä on "
              "paikkansa tiedostossa; puuttuvaa kohtaa ei voi tulostaa lomakkeen järjestyksessä. Siksi virhe. "
              "Vastaamaton kysymys kirjoitetaan tyhjänä tai sanalla 'täydennetään' (KD307)."),
    "KD202": (_FORMAT + "kenttä tarvitsee arvon (esim. kunnan tai toimielimen nimi), jotta asiakirjan tai "
              "esityslistan voi kirjoittaa. Siksi virhe. Lomakkeen kysymysten vastaamattomuus on KD307."),
    "KD203": (_FORMAT + "tuntematon avain on yleensä kirjoitusvirhe, ja sen vastaus jäisi asiakirjasta pois. "
              "Siksi virhe."),
    "KD204": _FORMAT + "arvon muoto (teksti, luettelo, avaimet) kertoo, miten se tulostetaan. Siksi virhe.",
    "KD205": _FORMAT + "arvoa ei voi lukea. Siksi virhe.",
    "KD206": (_FORMAT + "arvo on jokin luetelluista (kohderyhmä, palvelukieli, vastuutaso …), jotta se "
              "tulostuu lomakkeen sanoin. Siksi virhe."),
    "KD207": _FORMAT + "tiedostomuodon versio kertoo, miten tiedosto luetaan. Siksi virhe.",
    "KD208": ("Lomakkeen H3 (yhteyshenkilö ja yhteystiedot): ELY-keskus ottaa yhteyttä tähän osoitteeseen, eikä "
              "virheelliseen voi lähettää viestiä. Siksi virhe."),
    "KD209": ("Lomakkeen H3 (yhteyshenkilö ja yhteystiedot): virheelliseen numeroon ei voi soittaa. Puhelin "
              "on vapaaehtoinen, mutta annettuna sen pitää olla numero. Siksi virhe."),
    "KD210": ("KotoL 25 § ja VNA 576/2024 eivät rajaa monikielisen yhteiskuntaorientaation kieliä, joten "
              "tuntematon kieli ei ole virhe eikä siitä huomauteta. Varoitus vain, kun nimi on hyvin lähellä "
              "tunnettua kieltä ja on siksi todennäköisesti kirjoitusvirhe."),
    "KD211": (_FORMAT + "päivämäärä tulostuu asiakirjaan ja esityslistaan, ja siitä verrataan määräaikoja; "
              "epäselvää päivää ei voi käyttää. Siksi virhe."),
    "KD212": _COSTS + "asukas- ja asiakasmäärillä jaetaan kustannukset; arvattu luku jakaisi ne väärin. Siksi virhe.",
    "KD213": (_FORMAT + "toimittamisen tiedot kahdessa paikassa (elinvoimakeskus ja ely): kotodoc ei voi tietää, "
              "kumpi on oikea. Siksi virhe."),
    "KD214": ("Raportin luettavuus: sama havainto sadoissa kohdissa peittäisi muut, ja miljoonan rivin raportti "
              "jumittaisi CI:n. Havainnot on jo annettu virheinä tai varoituksina, joten tämä yhteenveto on "
              "varoitus eikä muuta tulosta."),
    "KD301": ("KotoL 13 § 3 mom. ja lomakkeen johdanto: asiakirja kuvaa myös työvoimaviranomaisen palvelut "
              "työnhakijoille ja kunnan palvelut muille; kohta 1 pyytää kuvaamaan palvelun eri kohderyhmien "
              "osalta. Kun vastaus on jaettu kohderyhmittäin ja toinen puoli puuttuu, sitä ei ole kuvattu. "
              "Siksi virhe. Nimetty ryhmä (kohderyhma: muu, esim. Kiintiöpakolaiset) voi kattaa kumman "
              "puolen tahansa."),
    "KD302": ("KotoL 15 ja 17 § ja lomakkeen johdanto: monialainen arviointi ja monialainen suunnitelma tehdään "
              "aina yhteistyössä hyvinvointialueen kanssa, ja lomake kysyy, mitkä tahot ne tekevät 'kunnassa ja "
              "hyvinvointialueella'. Siksi virhe. Hyvinvointialue tunnistetaan virallisesta, ruotsinkielisestä "
              "ja taivutetusta nimestä, lyhenteestä (HVA) ja brändistä (esim. Soite, Eloisa, Pirha). Helsinki "
              "järjestää sosiaali- ja terveyspalvelut itse eikä kuulu hyvinvointialueeseen, joten Helsingille "
              "vaatimusta ei ole."),
    "KD303": ("Lomakkeen kohta 5: 'Miten kunnassanne järjestetään luku- ja kirjoitustaidon koulutus?' ja 'Jos "
              "luku- ja kirjoitustaidon koulutukselle ei ole tarvetta, esitä perustelut.' Ainakin toinen "
              "vaaditaan. Siksi virhe." + _DRAFT),
    "KD304": (_RETIRED + "Koulutuksen kuvaaminen ja perustelu sille, ettei omaa ryhmää nyt tarvita, sopivat "
              "yhteen ja ovat lain mukaisia."),
    "KD305": ("Lomakkeen kohta 7 on vapaaehtoinen, mutta mukaan otettuna se kuvaa palvelun (A); pelkät "
              "vastuutaho ja yhteistyö eivät kerro, mistä palvelusta on kyse. Siksi virhe." + _DRAFT),
    "KD306": ("Lomake pyytää kuvaamaan palvelun kohderyhmittäin. Kaksi samalla tavalla nimettyä osaa ei ole "
              "lainvastaista, mutta lukija ei erota niitä, joten varoitus. Omilla otsikoillaan (esim. alle ja "
              "yli 25-vuotiaat työnhakijat) osat erottuvat, eikä niistä huomauteta."),
    "KD307": ("KotoL 13 § 1 ja 3 mom.: ohjelmaan sisältyvät palvelut kuvataan asiakirjassa vastuineen ja "
              "yhteistöineen, ja lomake kysyy jokaista. Tyhjä vastaus, pelkkä merkki (-, ?), täytettävän kohdan "
              "merkki (täydennetään, TODO), pelkkä kielto tai lykkäys (Ei., Ei tarvetta., Ei järjestetä., "
              "Tarkentuu myöhemmin.) tai kuvaus, joka vain toistaa kysymyksen sanoja (Tehdään yhteistyötä.), "
              "jättää kysymyksen vastaamatta. Siksi virhe. Raja on johdettu todellisista vastauksista: "
              "Kokkolan lomakkeen lyhin kuvaus, 'Verkostossa tehdään yhteistyötä', toistaa kysymyksestä kaksi "
              "sanaa ja lisää yhden omansa, joten kuvaukseksi riittää yksi oma sana (Ostopalveluna.). Kun "
              "lomake kysyy nimiä tai tosiasiaa (vastuutaho, kohderyhmät, vaihe), mikä tahansa sana riittää."
              + _DRAFT),
    "KD401": ("Keskeneräinen teksti ei ole lainvastainen, mutta se ei kuulu valmiiseen asiakirjaan, joten "
              "varoitus. Kokonaan keskeneräinen vastaus on vastaamaton kysymys (KD307)."),
    "KD402": ("Kotoutumislaki 681/2023 kumosi lain 1386/2010 (kotouttamisohjelma, alkukartoitus) 1.1.2025, ja "
              "TE-toimistot lakkautettiin samana päivänä lailla työvoimapalveluiden järjestämisestä 380/2023 (TE24). "
              "Vanha termi voi johtaa lukijaa harhaan, mutta ei tee asiakirjasta virheellistä, joten varoitus."),
    "KD403": ("Kielilaki 423/2003 5 §: kaksikielinen kunta palvelee molemmilla kielillä; lomake kohdissa 1 ja 7: "
              "'Kuvaa tarvittaessa erikseen suomen- ja ruotsinkieliset palvelut.' Sana 'tarvittaessa' tekee "
              "erillisestä kuvauksesta harkinnanvaraisen (Kokkola ei kuvannut niitä erikseen), joten varoitus."),
    "KD404": ("Lomakkeen kohta 1: 'Kuvaa palvelun järjestämistä eri kohderyhmien osalta.' Kohderyhmät voivat "
              "käydä ilmi tekstistäkin, joten varoitus."),
    "KD405": "Lomakkeen kohta 3 C: 'Nimeä yhteistyötahot.'" + _INFERRED,
    "KD406": "Sama kieli kahdesti ei ole virhe, mutta tulostuu asiakirjaan toistona, joten varoitus.",
    "KD407": ("Lomakkeen johdanto ja KotoL 13 §: työvoimaviranomainen vastaa työnhakijoiden palveluista, ja "
              "asiakirja sisältää myös sen palvelut (vastuutaulukon työnhakijoiden sarake). Työvoimaviranomainen "
              "on kunnan työllisyysalue tai, Helsingissä, Vantaalla, Lahdessa ja Kouvolassa, kaupunki itse "
              "(sen työllisyyspalvelut)." + _INFERRED),
    "KD408": ("Lomakkeen johdanto: 'Kotoutumisohjelman palvelut on kuvattava yhteistyössä kunnan "
              "työvoimaviranomaisen kanssa.'" + _INFERRED),
    "KD409": ("Laki 531/2025 (elinvoimakeskukset 1.1.2026 alkaen) ja laki työvoimapalveluiden järjestämisestä "
              "380/2023 (työllisyysalueet 1.1.2025 alkaen). Koskee asiakirjoja, jotka on päivätty 1.1.2026 tai "
              "myöhemmin; teksti voi kertoa historiasta tarkoituksella, joten varoitus."),
    "KD410": ("KotoL 15 ja 17 §: monialainen työ tehdään kunnan oman hyvinvointialueen kanssa. Kuntien "
              "hyvinvointialueet ovat laissa 616/2021 (Tilastokeskuksen luokitus, kotodocin viitetiedot). Nimi "
              "voi olla myös vanhentunut tai viitata yhteistyöhön naapurialueen kanssa, joten varoitus."),
    "KD411": ("Lomakkeen johdanto ja KotoL 13 §: asiakirja sisältää myös työvoimaviranomaisen palvelut; "
              "kohtien 3–5 palvelut (yhteiskuntaorientaatio, kotoutumiskoulutus, muu koulutus) järjestää "
              "työnhakijoille työvoimaviranomainen." + _INFERRED),
    "KD412": ("Lomakkeen H1 nimeää kunnan tai kunnat. Nimen perusteella kotodoc tarkistaa kunnan kaksikielisyyden "
              "(KD403), hyvinvointialueen (KD302, KD410) ja työvoimaviranomaisen (KD407, KD408, KD411) "
              "Tilastokeskuksen kuntaluokituksen mukaan (kotodocin viitetiedot: 308 kuntaa 2025–2026, suomeksi ja "
              "ruotsiksi). Tuntematon nimi on yleensä kirjoitusvirhe, joka kytkee nämä tarkistukset pois, mutta "
              "lomake ei vaadi nimeä tietyssä muodossa, joten varoitus. Ehdotus (tarkoititko) annetaan vain, kun "
              "yksi kunnan nimi on selvästi lähin; kuntaliitoksessa lakanneesta kunnasta varoitetaan vain "
              "asiakirjassa, joka on päivätty liitoksen jälkeen."),
    "KD501": (_JOINT + "Lomakkeen H1 luettelee kunnat, joiden ohjelma asiakirja on; jäsen, jota ei ole H1:ssä, "
              "tekee asiakirjasta ristiriitaisen. Siksi virhe."),
    "KD502": _JOINT + "H1:n kunta, joka ei ole jäsen, puuttuisi tehtävänjaosta ja kustannuksista. Siksi virhe.",
    "KD503": _JOINT + "Sama kunta kahdesti laskettaisiin kustannuksiin kahteen kertaan. Siksi virhe.",
    "KD504": _JOINT + "Koordinoiva kunta (lomakkeen H2) on yksi jäsenistä; muuten tiedot ovat ristiriitaiset. Siksi "
    "virhe.",
    "KD505": "Tuntematon kunnan nimi on usein kirjoitusvirhe; kotodoc ei kuitenkaan estä nimeä, joten varoitus.",
    "KD506": (_JOINT + "Kuntien hyvinvointialueet ovat laissa 616/2021. Yhteistoiminta yli aluerajojen on "
              "mahdollista, joten varoitus."),
    "KD507": (_JOINT + "Kuntien työllisyysalueet ovat valtioneuvoston päätöksissä 22.2.2024 (Tilastokeskuksen "
              "luokitus). Puuttuva alue on todennäköisesti unohtunut, mutta voi olla tarkoituksellinen, joten "
              "varoitus."),
    "KD508": _JOINT + "Jäsenen työllisyysalue on yksi lohkon työllisyysalueista; muuten tiedot ovat ristiriitaiset. "
    "Siksi virhe.",
    "KD509": ("Mikkelin seudun esityksen (20.6.2024) mukaan maakunnallinen palvelu on maakunnan kaikkien kuntien "
              "yhteinen. Malli on nimitys, ei lain vaatimus, joten varoitus."),
    "KD510": (_FORMAT + "hyvinvointialue tunnistetaan nimestä (21 aluetta, laki 616/2021), jotta jäsenten alueita "
              "voi verrata. Siksi virhe."),
    "KD511": _JOINT + "Asiakasryhmä ilman tehtäviä tulostuisi tyhjänä sarakkeena. Siksi virhe.",
    "KD512": _JOINT + "Tehtävänjaossa jokaisella tehtävällä on yksi vastuutaso; ilman sitä jako on epäselvä. Siksi "
    "virhe.",
    "KD513": _JOINT + "Sama tehtävä kahdesti antaisi sille kaksi vastuutasoa. Siksi virhe.",
    "KD514": _JOINT + "Poikkeama tehtävästä, jota jaossa ei ole, ei kerro, mistä poiketaan. Siksi virhe.",
    "KD515": _JOINT + "Poikkeama, joka ei muuta mitään, on todennäköisesti vanhentunut, mutta ei väärä, joten "
    "varoitus.",
    "KD516": _JOINT + "Kaksi poikkeamaa samasta tehtävästä antaisi sille kaksi vastuutasoa. Siksi virhe.",
    "KD520": _COSTS + "kustannukset jaetaan kokonaan, joten osuuksien summa on 100 %. Siksi virhe.",
    "KD521": (_RETIRED + "Yhden alueen esitys (Mikkelin seutu 20.6.2024: asukasluvun mukaan 30–50 %, "
              "aiheuttamisperiaatteen mukaan 50–70 %) ei ole oletus muille; osuudet ovat jäsenkuntien sopimus."),
    "KD522": _COSTS + "segmenttien painoilla jaetaan koko aiheuttamisperusteinen osuus, joten summa on 100 %. Siksi "
    "virhe.",
    "KD523": _COSTS + "jakoa ei voi laskea ilman jokaisen jäsenen lukuja. Siksi virhe.",
    "KD524": _COSTS + "jako toimii, mutta tyhjä segmentti on usein unohtunut luku, joten varoitus.",
    "KD525": _COSTS + "jako toimii asukasluvun mukaan, mutta asiakasmäärät ovat todennäköisesti unohtuneet, joten "
    "varoitus.",
    "KD526": _COSTS + "euromäärä tai prosentti luetaan vain yksiselitteisestä luvusta. Siksi virhe.",
    "KD527": _COSTS + "negatiivinen tai nollan asukasluku ei voi olla oikein. Siksi virhe.",
    "KD528": _COSTS + "kotodoc costs tarvitsee kustannustiedot. Siksi virhe.",
    "KD529": (_COSTS + "kymmenen miljoonan asukkaan kuntaa, miljardin euron vuosikustannusta tai yli 100 %:n "
              "osuutta ei ole; näin suuri luku on kirjoitusvirhe, ja hyvin pitkää lukua ei voisi laskea "
              "pyöristämättä. Siksi virhe."),
    "KD601": ("Monijäseninen toimielin (lautakunta, hallitus, valtuusto) päättää kokouksessa, joten päätöksellä "
              "on kokouspäivä, joka tulostuu esityslistaan ja H7:ään. Laki ei edellytä asiakirjan hyväksymistä "
              "(seed 001), ja viranhaltijapäätöksellä ei ole kokousta, joten varoitus, ja vain kun toimielin on "
              "monijäseninen."),
    "KD602": (_RETIRED + "Asiakirjan lähettäminen ELY-keskukselle ennen toimielimen kokousta oli yleinen "
              "käytäntö (TEM:n kirjeen 19.6.2024 määräaika oli 5.12.2024), eikä laki edellytä hyväksymistä."),
    "KD603": ("TEM:n kirje 19.6.2024 pyysi asiakirjaa määräaikaan mennessä korvausten sujuvan maksatuksen "
              "vuoksi; myöhästyminen ei tee asiakirjasta virheellistä, joten varoitus."),
    "KD604": ("Diaarinumeron muoto vaihtelee asianhallintajärjestelmittäin (442/14.07.00/2024, HEL 2024-001473, "
              "LAH/…), joten muotoa ei vaadita. Varoitus vain, kun arvo ei voi olla diaarinumero (ei numeroita, "
              "päivämäärä, tekstiä)."),
    "KD605": ("TEM:n kirjeen määräaika (kierroksella 2024: 5.12.2024) ei ole lain vaatimus, ja myöhemmästä "
              "toimittamisesta voi sopia, joten varoitus."),
    "KD606": "H7 ja hyvaksyminen-lohko kertovat saman asian; ristiriita on todennäköisesti vanhentunut teksti, joten "
    "varoitus.",
    "KD607": "Esityslistan asia kirjoitetaan hyväksymisen tiedoista; ilman niitä tulostettavaa ei ole. Siksi virhe.",
    "KD608": "Kunnan oma mallipohja, jota ei voi käyttää, estää tulostuksen. Siksi virhe.",
    "KD609": ("Esityslistan muutosluettelo tehdään edellisestä hyväksytystä versiosta; kun sitä ei voi lukea, "
              "pyydettyä luetteloa ei voi tehdä, eikä esityslistaa tulosteta ilman sitä. Siksi virhe."),
    "KD610": ("Laki 531/2025: ELY-keskusten tilalla ovat 1.1.2026 alkaen elinvoimakeskukset. Vanha avain luetaan "
              "edelleen, joten varoitus ei estä tulostusta."),
    "KD611": ("Lomakkeen H1 luettelee kunnat, joiden ohjelma asiakirja on; hyväksymisen tiedot kunnalle, jota ei "
              "ole H1:ssä, tulostuisivat H7:ään ja esityslistaan väärin. Siksi virhe."),
}
"""Each code's ground: what it rests on and why it is an error or a warning."""
