"""Finnish inflection of municipality names (kotodoc.refdata.names): keys, kind words, the genitive, stems."""

from __future__ import annotations

import pytest

from kotodoc.refdata import municipalities
from kotodoc.refdata.names import bare, fold, genitive, key, stems

# The genitive of every municipality's Finnish name, read through by hand against the official forms
# ("Porin kaupunki", "Kaskisten kaupunki", "Virtain kaupunki", "Isonkyrön kunta", "Juuan kunta", …).
GENITIVES: dict[str, str] = {
    "Alajärvi": "Alajärven", "Alavieska": "Alavieskan", "Alavus": "Alavuden", "Asikkala": "Asikkalan",
    "Askola": "Askolan", "Aura": "Auran", "Akaa": "Akaan", "Brändö": "Brändön", "Eckerö": "Eckerön",
    "Enonkoski": "Enonkosken", "Enontekiö": "Enontekiön", "Espoo": "Espoon", "Eura": "Euran", "Eurajoki": "Eurajoen",
    "Evijärvi": "Evijärven", "Finström": "Finströmin", "Forssa": "Forssan", "Föglö": "Föglön", "Geta": "Getan",
    "Haapajärvi": "Haapajärven", "Haapavesi": "Haapaveden", "Hailuoto": "Hailuodon", "Halsua": "Halsuan",
    "Hamina": "Haminan", "Hammarland": "Hammarlandin", "Hankasalmi": "Hankasalmen", "Hanko": "Hangon",
    "Harjavalta": "Harjavallan", "Hartola": "Hartolan", "Hattula": "Hattulan", "Hausjärvi": "Hausjärven",
    "Heinävesi": "Heinäveden", "Helsinki": "Helsingin", "Vantaa": "Vantaan", "Hirvensalmi": "Hirvensalmen",
    "Hollola": "Hollolan", "Huittinen": "Huittisten", "Humppila": "Humppilan", "Hyrynsalmi": "Hyrynsalmen",
    "Hyvinkää": "Hyvinkään", "Hämeenkyrö": "Hämeenkyrön", "Hämeenlinna": "Hämeenlinnan", "Heinola": "Heinolan",
    "Ii": "Iin", "Iisalmi": "Iisalmen", "Iitti": "Iitin", "Ikaalinen": "Ikaalisten", "Ilmajoki": "Ilmajoen",
    "Ilomantsi": "Ilomantsin", "Inari": "Inarin", "Inkoo": "Inkoon", "Isojoki": "Isojoen", "Isokyrö": "Isonkyrön",
    "Imatra": "Imatran", "Janakkala": "Janakkalan", "Joensuu": "Joensuun", "Jokioinen": "Jokioisten",
    "Jomala": "Jomalan", "Joroinen": "Joroisten", "Joutsa": "Joutsan", "Juuka": "Juuan", "Juupajoki": "Juupajoen",
    "Juva": "Juvan", "Jyväskylä": "Jyväskylän", "Jämijärvi": "Jämijärven", "Jämsä": "Jämsän",
    "Järvenpää": "Järvenpään", "Kaarina": "Kaarinan", "Kaavi": "Kaavin", "Kajaani": "Kajaanin",
    "Kalajoki": "Kalajoen", "Kangasala": "Kangasalan", "Kangasniemi": "Kangasniemen", "Kankaanpää": "Kankaanpään",
    "Kannonkoski": "Kannonkosken", "Kannus": "Kannuksen", "Karijoki": "Karijoen", "Karkkila": "Karkkilan",
    "Karstula": "Karstulan", "Karvia": "Karvian", "Kaskinen": "Kaskisten", "Kauhajoki": "Kauhajoen",
    "Kauhava": "Kauhavan", "Kauniainen": "Kauniaisten", "Kaustinen": "Kaustisen", "Keitele": "Keiteleen",
    "Kemi": "Kemin", "Keminmaa": "Keminmaan", "Kempele": "Kempeleen", "Kerava": "Keravan", "Keuruu": "Keuruun",
    "Kihniö": "Kihniön", "Kinnula": "Kinnulan", "Kirkkonummi": "Kirkkonummen", "Kitee": "Kiteen",
    "Kittilä": "Kittilän", "Kiuruvesi": "Kiuruveden", "Kivijärvi": "Kivijärven", "Kokemäki": "Kokemäen",
    "Kokkola": "Kokkolan", "Kolari": "Kolarin", "Konnevesi": "Konneveden", "Kontiolahti": "Kontiolahden",
    "Korsnäs": "Korsnäsin", "Koski Tl": "Kosken Tl", "Kotka": "Kotkan", "Kouvola": "Kouvolan",
    "Kristiinankaupunki": "Kristiinankaupungin", "Kruunupyy": "Kruunupyyn", "Kuhmo": "Kuhmon",
    "Kuhmoinen": "Kuhmoisten", "Kumlinge": "Kumlingen", "Kuopio": "Kuopion", "Kuortane": "Kuortaneen",
    "Kurikka": "Kurikan", "Kustavi": "Kustavin", "Kuusamo": "Kuusamon", "Outokumpu": "Outokummun",
    "Kyyjärvi": "Kyyjärven", "Kärkölä": "Kärkölän", "Kärsämäki": "Kärsämäen", "Kökar": "Kökarin",
    "Kemijärvi": "Kemijärven", "Kemiönsaari": "Kemiönsaaren", "Lahti": "Lahden", "Laihia": "Laihian",
    "Laitila": "Laitilan", "Lapinlahti": "Lapinlahden", "Lappajärvi": "Lappajärven", "Lappeenranta": "Lappeenrannan",
    "Lapinjärvi": "Lapinjärven", "Lapua": "Lapuan", "Laukaa": "Laukaan", "Lemi": "Lemin", "Lemland": "Lemlandin",
    "Lempäälä": "Lempäälän", "Leppävirta": "Leppävirran", "Lestijärvi": "Lestijärven", "Lieksa": "Lieksan",
    "Lieto": "Liedon", "Liminka": "Limingan", "Liperi": "Liperin", "Loimaa": "Loimaan", "Loppi": "Lopen",
    "Loviisa": "Loviisan", "Luhanka": "Luhangan", "Lumijoki": "Lumijoen", "Lumparland": "Lumparlandin",
    "Luoto": "Luodon", "Luumäki": "Luumäen", "Lohja": "Lohjan", "Parainen": "Paraisten", "Maalahti": "Maalahden",
    "Maarianhamina": "Maarianhaminan", "Marttila": "Marttilan", "Masku": "Maskun", "Merijärvi": "Merijärven",
    "Merikarvia": "Merikarvian", "Miehikkälä": "Miehikkälän", "Mikkeli": "Mikkelin", "Muhos": "Muhoksen",
    "Multia": "Multian", "Muonio": "Muonion", "Mustasaari": "Mustasaaren", "Muurame": "Muuramen",
    "Mynämäki": "Mynämäen", "Myrskylä": "Myrskylän", "Mäntsälä": "Mäntsälän", "Mäntyharju": "Mäntyharjun",
    "Mänttä-Vilppula": "Mänttä-Vilppulan", "Naantali": "Naantalin", "Nakkila": "Nakkilan", "Nivala": "Nivalan",
    "Nokia": "Nokian", "Nousiainen": "Nousiaisten", "Nurmes": "Nurmeksen", "Nurmijärvi": "Nurmijärven",
    "Närpiö": "Närpiön", "Orimattila": "Orimattilan", "Oripää": "Oripään", "Orivesi": "Oriveden",
    "Oulainen": "Oulaisten", "Oulu": "Oulun", "Padasjoki": "Padasjoen", "Paimio": "Paimion", "Paltamo": "Paltamon",
    "Parikkala": "Parikkalan", "Parkano": "Parkanon", "Pelkosenniemi": "Pelkosenniemen", "Perho": "Perhon",
    "Petäjävesi": "Petäjäveden", "Pieksämäki": "Pieksämäen", "Pielavesi": "Pielaveden", "Pietarsaari": "Pietarsaaren",
    "Pedersören kunta": "Pedersören kunnan", "Pihtipudas": "Pihtiputaan", "Pirkkala": "Pirkkalan",
    "Polvijärvi": "Polvijärven", "Pomarkku": "Pomarkun", "Pori": "Porin", "Pornainen": "Pornaisten",
    "Posio": "Posion", "Pudasjärvi": "Pudasjärven", "Pukkila": "Pukkilan", "Punkalaidun": "Punkalaitumen",
    "Puolanka": "Puolangan", "Puumala": "Puumalan", "Pyhtää": "Pyhtään", "Pyhäjoki": "Pyhäjoen",
    "Pyhäjärvi": "Pyhäjärven", "Pyhäntä": "Pyhännän", "Pyhäranta": "Pyhärannan", "Pälkäne": "Pälkäneen",
    "Pöytyä": "Pöytyän", "Porvoo": "Porvoon", "Raahe": "Raahen", "Raisio": "Raision", "Rantasalmi": "Rantasalmen",
    "Ranua": "Ranuan", "Rauma": "Rauman", "Rautalampi": "Rautalammen", "Rautavaara": "Rautavaaran",
    "Rautjärvi": "Rautjärven", "Reisjärvi": "Reisjärven", "Riihimäki": "Riihimäen", "Ristijärvi": "Ristijärven",
    "Rovaniemi": "Rovaniemen", "Ruokolahti": "Ruokolahden", "Ruovesi": "Ruoveden", "Rusko": "Ruskon",
    "Rääkkylä": "Rääkkylän", "Raasepori": "Raaseporin", "Saarijärvi": "Saarijärven", "Salla": "Sallan",
    "Salo": "Salon", "Saltvik": "Saltvikin", "Sauvo": "Sauvon", "Savitaipale": "Savitaipaleen",
    "Savonlinna": "Savonlinnan", "Savukoski": "Savukosken", "Seinäjoki": "Seinäjoen", "Sievi": "Sievin",
    "Siikainen": "Siikaisten", "Siikajoki": "Siikajoen", "Siilinjärvi": "Siilinjärven", "Simo": "Simon",
    "Sipoo": "Sipoon", "Siuntio": "Siuntion", "Sodankylä": "Sodankylän", "Soini": "Soinin", "Somero": "Someron",
    "Sonkajärvi": "Sonkajärven", "Sotkamo": "Sotkamon", "Sottunga": "Sottungan", "Sulkava": "Sulkavan",
    "Sund": "Sundin", "Suomussalmi": "Suomussalmen", "Suonenjoki": "Suonenjoen", "Sysmä": "Sysmän",
    "Säkylä": "Säkylän", "Vaala": "Vaalan", "Sastamala": "Sastamalan", "Siikalatva": "Siikalatvan",
    "Taipalsaari": "Taipalsaaren", "Taivalkoski": "Taivalkosken", "Taivassalo": "Taivassalon", "Tammela": "Tammelan",
    "Tampere": "Tampereen", "Tervo": "Tervon", "Tervola": "Tervolan", "Teuva": "Teuvan", "Tohmajärvi": "Tohmajärven",
    "Toholampi": "Toholammen", "Toivakka": "Toivakan", "Tornio": "Tornion", "Turku": "Turun", "Pello": "Pellon",
    "Tuusniemi": "Tuusniemen", "Tuusula": "Tuusulan", "Tyrnävä": "Tyrnävän", "Ulvila": "Ulvilan", "Urjala": "Urjalan",
    "Utajärvi": "Utajärven", "Utsjoki": "Utsjoen", "Uurainen": "Uuraisten", "Uusikaarlepyy": "Uudenkaarlepyyn",
    "Uusikaupunki": "Uudenkaupungin", "Vaasa": "Vaasan", "Valkeakoski": "Valkeakosken", "Varkaus": "Varkauden",
    "Vehmaa": "Vehmaan", "Vesanto": "Vesannon", "Vesilahti": "Vesilahden", "Veteli": "Vetelin", "Vieremä": "Vieremän",
    "Vihti": "Vihdin", "Viitasaari": "Viitasaaren", "Vimpeli": "Vimpelin", "Virolahti": "Virolahden",
    "Virrat": "Virtain", "Vårdö": "Vårdön", "Vöyri": "Vöyrin", "Ylitornio": "Ylitornion", "Ylivieska": "Ylivieskan",
    "Ylöjärvi": "Ylöjärven", "Ypäjä": "Ypäjän", "Ähtäri": "Ähtärin", "Äänekoski": "Äänekosken",
}


def test_the_table_covers_every_municipality() -> None:
    assert set(GENITIVES) == {m.name_fi for m in municipalities()}
    assert len(GENITIVES) == 308


@pytest.mark.parametrize(("name", "expected"), sorted(GENITIVES.items()))
def test_genitive(name: str, expected: str) -> None:
    assert genitive(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Oulun seutu", "Oulun seudun"),  # employment areas' short names inflect by the same rules
    ("Jyväskylä-Muurame", "Jyväskylä-Muuramen"),
    ("Kainuu-Koillismaa", "Kainuu-Koillismaan"),
    ("Satakunta", "Satakunnan"),
])
def test_genitive_of_other_names(name: str, expected: str) -> None:
    assert genitive(name) == expected


def test_stems_take_the_case_endings() -> None:
    assert stems("Pori") == ("Pori",)
    assert stems("Lahti") == ("Lahti", "Lahde")  # Lahdessa
    assert stems("Helsinki") == ("Helsinki", "Helsingi")  # Helsingissä
    assert stems("Kaskinen") == ("Kaskinen", "Kaskiste", "Kaskisi")  # Kaskisten, Kaskisissa


def test_keys_and_kind_words() -> None:
    assert key("  Mänttä – Vilppula ") == "mänttä-vilppula"
    assert fold("Mäntyharju") == "mantyharju"
    assert bare("Porin kaupunki") == [("porin kaupunki", "as written"), ("porin", "fi")]
    assert bare("Jakobstads stad") == [("jakobstads stad", "as written"), ("jakobstads", "sv"), ("jakobstad", "sv")]
    assert bare("Pori") == [("pori", "as written")]
