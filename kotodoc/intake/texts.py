"""Every text ``kotodoc import`` shows or writes, in Finnish: messages, warnings and YAML comments.

Kept in one table so that a translation (Swedish, English) is one more table beside it: code asks
:func:`say` with a key and parameters, never writes a sentence itself. The form's own wording is not
here: it comes from :func:`kotodoc.form.texts`.
"""

from __future__ import annotations

from collections.abc import Mapping

FI: Mapping[str, str] = {
    # --- reading the file (exit 2) ---
    "missing": "Tiedostoa ei löydy: {name}",
    "directory": "{name} on hakemisto, ei tiedosto",
    "unreadable": "Tiedostoa {name} ei voi lukea: {reason}",
    "too_big": ("{name} on liian suuri ({size} Mt; enintään {limit} Mt). Tallenna lomake Wordissa ilman "
                "kuvia tai muita liitteitä ja tuo se uudelleen."),
    "empty": "{name} on tyhjä tiedosto.",
    "not_word": ("{name} ei ole Word-asiakirja ({what}). Tuotavaksi kelpaa Wordin .docx-tiedosto (myös .docm), "
                 "tai .odt-, .doc- tai .rtf-tiedosto, kun LibreOffice on asennettu."),
    "what_pdf": "tiedosto on PDF; avaa alkuperäinen Word-tiedosto tai tallenna lomake Wordissa .docx-muodossa",
    "what_text": "tiedosto näyttää tekstiltä",
    "what_zip": "zip-paketti, jossa ei ole Word-asiakirjaa",
    "what_ole": "vanha Office-tiedosto, mutta ei Word-asiakirja",
    "what_other_odf": "OpenDocument-tiedosto, mutta ei tekstiasiakirja",
    "what_unknown": "tiedostomuotoa ei tunnistettu",
    "encrypted": ("{name} on suojattu salasanalla. Avaa se Wordissa, poista salasana (Tiedosto > Tiedot > Suojaa "
                  "asiakirja > Salaa salasanalla: tyhjä salasana), tallenna ja tuo uudelleen."),
    "corrupt": ("{name} on vioittunut tai keskeneräinen Word-tiedosto ({reason}). Avaa se Wordissa, tallenna "
                "uudella nimellä .docx-muodossa ja tuo uudelleen."),
    "bomb": ("{name} ei kelpaa: sen sisältö purkautuisi epäilyttävän suureksi ({reason}). Tiedosto voi olla "
             "vahingollinen; sitä ei avata."),
    "bomb_entries": "{count} osaa, enintään {limit}",
    "bomb_size": "osa {part}: {size} Mt purettuna, enintään {limit} Mt",
    "bomb_total": "yhteensä {size} Mt purettuna, enintään {limit} Mt",
    "bomb_ratio": "osa {part} pakattu suhteessa 1:{ratio}, enintään 1:{limit}",
    "xml_dtd": ("{name} ei kelpaa: sen osassa {part} on XML-määrittelyjä (DOCTYPE/ENTITY), joita Word ei itse "
                "kirjoita. Niillä voidaan lukea muita tiedostoja tai kuluttaa muisti loppuun; tiedostoa ei avata."),
    "xml_error": "osan {part} XML on virheellinen: {detail}",
    "no_part": "osa {part} puuttuu",
    "soffice_missing": ("{name} on {kind}-tiedosto; sen muuntamiseen Word-muotoon tarvitaan LibreOffice (komento "
                        "soffice), mutta sitä ei löytynyt. Asenna se: sudo apt-get install {package}. Voit myös "
                        "tallentaa tiedoston Wordissa .docx-muodossa ja tuoda sen."),
    "soffice_failed": ("LibreOffice ei saanut tiedostoa {name} muunnettua Word-muotoon (tiedosto voi olla "
                       "vioittunut tai salasanalla suojattu). Tallenna se .docx-muodossa ja tuo uudelleen."),
    "soffice_crashed": ("LibreOffice ei saanut tiedostoa {name} muunnettua Word-muotoon: se päättyi koodilla {code} "
                        "({words}). Tallenna tiedosto .docx-muodossa ja tuo uudelleen."),
    "not_a_form": ("{name}: Word-tiedostosta ei löytynyt kotoutumisohjelman lomakkeen kysymyksiä (tunnistettiin "
                   "{found}). Onko tiedosto TEM:n lomake 'Kunnan kotoutumisohjelma – kotoutumisen alkuvaiheen "
                   "palveluita kuvaava asiakirja'?"),
    # --- the output file ---
    "exists": ("{name} on jo olemassa, eikä sitä korvattu. Anna toinen nimi (-o) tai korvaa tiedosto "
               "valitsimella --force."),
    "same_file": "tuloste {name} olisi sama tiedosto kuin tuotava Word-tiedosto; anna toinen nimi (-o)",
    "written": "Kirjoitettu {name}",
    "summary": ("Tuotu {placed} {answers} Word-tiedostosta {name}; {look} {points}. Seuraavaksi "
                "tiedoston tarkistus (kotodoc validate):"),
    "answer_one": "vastaus",
    "answer_many": "vastausta",
    "look_one": "kohta vaatii tarkistusta (ks. yllä ja tiedoston 'kotodoc import' -kommentit)",
    "look_many": "kohtaa vaatii tarkistusta (ks. yllä ja tiedoston 'kotodoc import' -kommentit)",
    "look_none": "kohtaa vaatii tarkistusta",
    "warning_line": "{source}: {where}: varoitus: {text} ({target}:{line})",
    "warning_nowhere": "{source}: varoitus: {text} ({target}:{line})",
    "schema_hint": ("Huomautus: editorin skeemaa {schema} ei ole tiedoston vieressä; kirjoita se komennolla "
                    "kotodoc schema -o {schema}"),
    # --- places in the Word file ---
    "where_paragraph": "kappale {n}",
    "where_cell": "taulukko {table}, rivi {row}, sarake {column}",
    "where_quote": "{where} «{quote}»",
    # --- the YAML file's preamble ---
    "preamble_source": "Tuotu Word-tiedostosta {name} komennolla: kotodoc import{args}",
    "preamble_howto": ("Vastaukset ovat Word-tiedoston sanoin. Kommentit, jotka alkavat 'kotodoc import:', kertovat, "
                       "mitä tuonti päätteli tai mitä se ei voinut sijoittaa: tarkista kukin kohta ja poista "
                       "kommentti. #-merkillä alkavat rivit eivät tulostu asiakirjaan."),
    "preamble_check": "Tarkista keskeneräinen tiedosto luonnoksena: kotodoc validate --luonnos {name}",
    "note": "kotodoc import: {text}",
    # --- notes at places in the YAML (comments) and warnings ---
    "unplaced": ("Word-tiedoston tekstiä, jota ei voitu sijoittaa lomakkeen kysymykseen ({where}); se on alla "
                 "kommenttina: siirrä se oikeaan kohtaan tai poista."),
    "unplaced_question": ("Word-tiedostossa on kysymys tai otsikko, jota lomakkeella ei ole ({where}): «{quote}». "
                          "Se ja sen teksti ovat alla kommenttina: siirrä teksti oikeaan kohtaan tai poista."),
    "unplaced_appendix": ("Word-tiedoston liite ({where}) ei ole lomakkeen osa; sen teksti on alla kommenttina. "
                          "Usean kunnan yhteistoiminnan tiedot kirjoitetaan yhteistoiminta-lohkoon "
                          "(docs/yhteistoiminta.md)."),
    "duplicate": "kysymys on Word-tiedostossa toiseen kertaan ({where}); toisen kerran teksti on alla kommenttina.",
    "missing_answer": "lomakkeen kohta puuttuu Word-tiedostosta tai on vastaamatta; paikalla on '{placeholder}'.",
    "missing_cell": "vastuutaulukon solu puuttuu Word-tiedostosta tai on tyhjä; paikalla on '{placeholder}'.",
    "group_guess": ("kohderyhmä päätelty vastauksen otsikosta «{lead}»: {group}; otsikko säilyy sellaisenaan. "
                    "Tarkista kohderyhmä."),
    "group_other": "«{lead}» on kirjoitettu kohderyhmäksi 'muu' (oma otsikko); tarkista.",
    "swedish_guess": ("ruotsinkieliset kappaleet ({where}) on merkitty ruotsinkielisiksi palveluiksi (kieli: sv), "
                      "koska kunta on kaksikielinen; tarkista."),
    "contact_guess": ("yhteyshenkilön tiedot eroteltu vapaasta tekstistä; tarkista, että nimi ja tehtävänimike "
                      "ovat oikeissa kentissä. Word-tiedostossa oli:"),
    "contact_unsplit": ("nimeä ja tehtävänimikettä ei voitu erottaa toisistaan, joten koko teksti on nimessä; "
                        "siirrä tehtävänimike kenttään nimike. Word-tiedostossa oli:"),
    "contact_extra": "yhteystiedoista jäi yli tekstiä, jolle lomakkeella ei ole kenttää; se on alla kommenttina:",
    "contact_no_email": "sähköpostiosoitetta ei löytynyt; paikalla on '{placeholder}'.",
    "languages_guess": ("kielet poimittu vastauksen tekstistä ({found}); vastaus on sellaisenaan kentässä "
                        "kielet_kuvaus. Tarkista luettelo."),
    "languages_none": ("vastauksesta ei tunnistettu kieliä; vastaus on sellaisenaan kentässä kielet_kuvaus ja "
                       "kielet on tyhjä luettelo (laki ei rajaa kieliä, joten selitys riittää vastaukseksi). Jos "
                       "vastaus nimeää kieliä, kirjoita ne luetteloksi kielet."),
    "languages_missing": "kieliä ei ole kerrottu; kielissä on '{placeholder}'. Kirjoita kielet luetteloksi.",
    "actors_guess": ("toimijat tulkittu Word-tiedoston kappaleista: lyhyt kappale on toimijan nimi, luettelo sen "
                     "toimintaa, pitkä kappale kuvaus. Tarkista."),
    "municipalities_split": "kunnat eroteltu tekstistä «{text}».",
    "list_split": ("pilkuin erotellut nimet on kirjoitettu luetteloksi, yksi nimi kohdallaan; tarkista. "
                   "Word-tiedostossa oli:"),
    "kunta_option": "kunnat annettu valitsimella --kunta; Word-tiedostossa oli: «{text}».",
    "language_sv": "asiakirjan kieli päätelty ruotsiksi (lomakkeen otsikot tai vastausten kieli); tarkista.",
}

TABLES: Mapping[str, Mapping[str, str]] = {"fi": FI}
"""The texts by language; a translation is one more table with the same keys."""
LANGUAGE = "fi"

__all__ = ["FI", "LANGUAGE", "TABLES", "say"]


def say(key: str, **params: object) -> str:
    """The text ``key`` in :data:`LANGUAGE` (Finnish where the language lacks it), filled in with ``params``."""
    table = TABLES.get(LANGUAGE, FI)
    return table.get(key, FI[key]).format(**params)
