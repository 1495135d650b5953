<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench/main.cpp" line="+54"/>
        <source>Configurator and live monitor for wired M-Bus meters</source>
        <translation>Konfigurator und Live-Monitor für drahtgebundene M-Bus-Zähler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project file to open (*.mbwproj)</source>
        <translation>Zu öffnende Projektdatei (*.mbwproj)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo project on the simulated bus</source>
        <translation>Das Demoprojekt am simulierten Bus öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit as soon as the window is shown (benchmarks)</source>
        <translation>Beenden, sobald das Fenster angezeigt wird (Benchmarks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of the window to FILE and quit</source>
        <translation>Ein Bild des Fensters in FILE speichern und beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milliseconds before the picture (default 15000)</source>
        <translation>Millisekunden bis zum Bild (Standard 15000)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
</context>
<context>
    <name>mbus::AtomicFile</name>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="+13"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: %2 (the previous file is unchanged)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (die bisherige Datei ist unverändert)</translation>
    </message>
</context>
<context>
    <name>mbus::Error</name>
    <message>
        <location filename="../core/common/Error.cpp" line="+15"/>
        <source> (at byte %1)</source>
        <translation> (bei Byte %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty input: no bytes to decode</source>
        <translation>Leere Eingabe: keine Bytes zum Dekodieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a frame start: %1 is none of E5, 10 or 68</source>
        <translation>Kein Frame-Anfang: %1 ist weder E5 noch 10 noch 68</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length field L = %1 is below the minimum of 3</source>
        <translation>Längenfeld L = %1 liegt unter dem Minimum von 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length fields differ: L = %1, repeated L = %2</source>
        <translation>Längenfelder verschieden: L = %1, wiederholtes L = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second start byte missing: expected 0x68, found %1</source>
        <translation>Zweites Startbyte fehlt: erwartet 0x68, gefunden %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame truncated: %1 bytes needed, %2 present</source>
        <translation>Frame abgeschnitten: %1 Bytes nötig, %2 vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected bytes after the frame (%1 bytes)</source>
        <translation>Unerwartete Bytes nach dem Frame (%1 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checksum error: expected %1, found %2</source>
        <translation>Prüfsummenfehler: erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop byte missing: expected 0x16, found %1</source>
        <translation>Stoppbyte fehlt: erwartet 0x16, gefunden %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame carries no application data</source>
        <translation>Der Frame enthält keine Anwendungsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported CI field %1</source>
        <translation>Nicht unterstütztes CI-Feld %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data header truncated: %1 bytes needed, %2 present</source>
        <translation>Datenkopf abgeschnitten: %1 Bytes nötig, %2 vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premature end of record: DIF extension expected</source>
        <translation>Vorzeitiges Ende des Datensatzes: DIF-Erweiterung erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved special function DIF %1</source>
        <translation>Reservierter Sonderfunktions-DIF %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 DIF extensions in one record</source>
        <translation>Mehr als %1 DIF-Erweiterungen in einem Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premature end of record: VIF or VIF extension expected</source>
        <translation>Vorzeitiges Ende des Datensatzes: VIF oder VIF-Erweiterung erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 VIF extensions in one record</source>
        <translation>Mehr als %1 VIF-Erweiterungen in einem Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain-text unit truncated: %1 characters announced, %2 present</source>
        <translation>Klartext-Einheit abgeschnitten: %1 Zeichen angekündigt, %2 vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premature end of record: %1 data bytes needed, %2 present</source>
        <translation>Vorzeitiges Ende des Datensatzes: %1 Datenbytes nötig, %2 vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable-length data with reserved length byte %1</source>
        <translation>Daten variabler Länge mit reserviertem Längenbyte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed data structure truncated: %1 bytes needed, %2 present</source>
        <translation>Feste Datenstruktur abgeschnitten: %1 Bytes nötig, %2 vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not hexadecimal input</source>
        <translation>Keine hexadezimale Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value does not fit the record&apos;s data field</source>
        <translation>Der Wert passt nicht in das Datenfeld des Datensatzes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>mbus::bus::BusError</name>
    <message>
        <location filename="../core/bus/BusError.cpp" line="+16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum error</source>
        <translation>Prüfsummenfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collision</source>
        <translation>Kollision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framing error</source>
        <translation>Framing-Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected frame</source>
        <translation>Unerwarteter Frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port error</source>
        <translation>Portfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the selected meter</source>
        <translation>gewählter Zähler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port</source>
        <translation>Die Schnittstelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The port %1</source>
        <translation>Die Schnittstelle %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer from %1 after one try</source>
        <translation>Keine Antwort von %1 nach einem Versuch</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No answer from %1 after %n tries</source>
        <translation>
            <numerusform>Keine Antwort (%1) nach %n Versuch</numerusform>
            <numerusform>Keine Antwort (%1) nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from %1</source>
        <translation>Keine Antwort (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the baud rate (is the meter at %1 Bd?)</source>
        <translation>die Baudrate (arbeitet der Zähler mit %1 Bd?)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the baud rate</source>
        <translation>die Baudrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: check the address, %2 and the wiring.</source>
        <translation>%1: prüfen Sie die Adresse, %2 und die Verdrahtung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers from %1 were damaged (%2): check for two meters on one address, line noise and the parity (M-Bus uses 8E1).</source>
        <translation>Antworten (%1) waren beschädigt (%2): prüfen Sie auf zwei Zähler an einer Adresse, Störungen auf der Leitung und die Parität (M-Bus verwendet 8E1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several meters answered at %1 at once: two meters share this address. Give one of them another address (the commissioning assistant finds them by secondary address).</source>
        <translation>Mehrere Zähler haben gleichzeitig geantwortet (%1): zwei Zähler teilen sich diese Adresse. Geben Sie einem von ihnen eine andere Adresse (der Inbetriebnahme-Assistent findet sie über die Sekundäradresse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gave an answer that does not fit the request (%2): check that the device there is the meter you expect.</source>
        <translation>Die Antwort (%1) passt nicht zur Anfrage (%2): prüfen Sie, ob dort der erwartete Zähler ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2. Check that the adapter is plugged in and that no other program uses the port.</source>
        <translation>%1: Fehler: %2. Prüfen Sie, ob der Adapter eingesteckt ist und kein anderes Programm die Schnittstelle verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dropped the connection%2: check the network and that the gateway accepts one client at a time.</source>
        <translation>%1 hat die Verbindung getrennt%2: prüfen Sie das Netzwerk und ob das Gateway jeweils nur einen Client annimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway</source>
        <translation>Das Gateway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The gateway %1</source>
        <translation>Das Gateway %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request to %1 cannot be sent: %2.</source>
        <translation>Die Anfrage (%1) kann nicht gesendet werden: %2.</translation>
    </message>
</context>
<context>
    <name>mbus::bus::LineDetector</name>
    <message>
        <location filename="../core/bus/LineDetector.cpp" line="+14"/>
        <source>the port cannot be used: %1</source>
        <translation>der Port kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing answered</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise (%1 bytes), no valid frame</source>
        <translation>Störungen (%1 Bytes), kein gültiger Frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid answers</source>
        <translation>gültige Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E5 to SND_NKE 254</source>
        <translation>E5 auf SND_NKE 254</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several meters answer REQ_UD2 254 at once</source>
        <translation>mehrere Zähler antworten gleichzeitig auf REQ_UD2 254</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSP_UD from %1</source>
        <translation>RSP_UD von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes of noise</source>
        <translation>%1 Bytes Störungen</translation>
    </message>
</context>
<context>
    <name>mbus::commission</name>
    <message>
        <location filename="../core/commission/AddressPlan.cpp" line="+47"/>
        <source>%1 did not answer when selected: its primary address is unknown, so it is left as it is</source>
        <translation>Zähler %1 hat bei der Auswahl nicht geantwortet: seine Primäradresse ist unbekannt, daher bleibt er unverändert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>factory address 0</source>
        <translation>Werksadresse 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address %1 is outside %2..%3</source>
        <translation>Adresse %1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shares address %1 with %2</source>
        <translation>teilt Adresse %1 mit %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No free address left in %1..%2 for %3</source>
        <translation>Keine freie Adresse mehr in %1..%2 für %3</translation>
    </message>
</context>
<context>
    <name>mbus::commission::BaudSwitcher</name>
    <message>
        <location filename="../core/commission/BaudSwitcher.cpp" line="+92"/>
        <source>Switching %1 from %2 to %3 Bd</source>
        <translation>%1: Umschalten von %2 auf %3 Bd</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>answers at %1 Bd</source>
        <translation>antwortet mit %1 Bd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>did not switch: still answers at %1 Bd, not at %2 Bd</source>
        <translation>nicht umgeschaltet: antwortet weiterhin mit %1 Bd, nicht mit %2 Bd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the switch command: %1)</source>
        <translation> (Umschaltbefehl: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers at neither %1 nor %2 Bd: %3</source>
        <translation>antwortet weder mit %1 noch mit %2 Bd: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: switched back, %2</source>
        <translation>%1: zurückgeschaltet, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not every meter switched: switching the others back to %1 Bd</source>
        <translation>Nicht alle Zähler wurden umgeschaltet: die übrigen werden auf %1 Bd zurückgeschaltet</translation>
    </message>
</context>
<context>
    <name>mbus::commission::BusSurvey</name>
    <message>
        <location filename="../core/commission/BusSurvey.cpp" line="+54"/>
        <source>The connection is closed</source>
        <translation>Die Verbindung ist geschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Searching %1 (%n selection(s))</source>
        <translation>
            <numerusform>Suche %1 (%n Auswahl)</numerusform>
            <numerusform>Suche %1 (%n Auswahlen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching by secondary address</source>
        <translation>Suche nach Sekundäradresse</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading %1 (%2 of %3)</source>
        <translation>%1 wird gelesen (%2 von %3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no data header in its answer</source>
        <translation>kein Datenkopf in der Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read failed: %1</source>
        <translation>Auslesung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mbus::commission::CommissioningReport</name>
    <message>
        <location filename="../core/commission/ReportFile.cpp" line="+19"/>
        <source>cannot write the report %1: the file name must end in .csv, .html or .htm</source>
        <translation>das Protokoll %1 kann nicht geschrieben werden: der Dateiname muss auf .csv, .html oder .htm enden</translation>
    </message>
    <message>
        <location filename="../core/commission/ReportHtml.cpp" line="+32"/>
        <source>Commissioning report</source>
        <translation>Inbetriebnahmeprotokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commissioning report: %1</source>
        <translation>Inbetriebnahmeprotokoll: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/commission/ReportTable.cpp" line="+26"/>
        <source>Line settings</source>
        <translation>Übertragungsparameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Meters</source>
        <translation>Zähler</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n meter(s)</source>
        <translation>
            <numerusform>%n Zähler</numerusform>
            <numerusform>%n Zähler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n umadressiert</numerusform>
            <numerusform>%n umadressiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Highlighted rows: the meter was given a new primary address.</source>
        <translation>Hervorgehobene Zeilen: der Zähler hat eine neue Primäradresse erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../core/commission/ReportTable.cpp" line="-8"/>
        <source>Secondary address</source>
        <translation>Sekundäradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary before</source>
        <translation>Primäradresse vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary after</source>
        <translation>Primäradresse nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud before</source>
        <translation>Baudrate vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud after</source>
        <translation>Baudrate nachher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
</context>
<context>
    <name>mbus::commission::PlanRunner</name>
    <message>
        <location filename="../core/commission/PlanRunner.cpp" line="+31"/>
        <source>Setting %1 from address %2 to %3</source>
        <translation>%1: Adresse wird von %2 auf %3 gesetzt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kept at %1 (move to %2 skipped)</source>
        <translation>auf Adresse %1 belassen (Umadressierung auf %2 übersprungen)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>moved from %1 to %2, verified</source>
        <translation>von Adresse %1 auf %2 umadressiert, geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>another meter answers at %1</source>
        <translation>auf Adresse %1 antwortet ein anderer Zähler</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1; the set command: %2</source>
        <translation>%1; Befehl zum Setzen der Adresse: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: not found at %1 after setting it (%2)</source>
        <translation>fehlgeschlagen: nach dem Setzen nicht auf Adresse %1 gefunden (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reads at %1</source>
        <translation>auf Adresse %1 lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept at %1, verified</source>
        <translation>auf Adresse %1 belassen, geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not read at %1: %2</source>
        <translation>auf Adresse %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>mbus::decode::Medium</name>
    <message>
        <location filename="../core/decode/DataHeader.cpp" line="+36"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+52"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Oil</source>
        <translation>Öl</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Electricity</source>
        <translation>Elektrizität</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Heat (outlet)</source>
        <translation>Wärme (Rücklauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Steam</source>
        <translation>Dampf</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Warm water (30-90 °C)</source>
        <translation>Warmwasser (30-90 °C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Heat cost allocator</source>
        <translation>Heizkostenverteiler</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Compressed air</source>
        <translation>Druckluft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling load meter (outlet)</source>
        <translation>Kältezähler (Rücklauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling load meter (inlet)</source>
        <translation>Kältezähler (Vorlauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat (inlet)</source>
        <translation>Wärme (Vorlauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat / cooling load meter</source>
        <translation>Wärme-/Kältezähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus / system component</source>
        <translation>Bus-/Systemkomponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown medium</source>
        <translation>Unbekanntes Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irrigation water</source>
        <translation>Bewässerungswasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water data logger</source>
        <translation>Datenlogger Wasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas data logger</source>
        <translation>Datenlogger Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas converter</source>
        <translation>Gas-Mengenumwerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calorific value</source>
        <translation>Brennwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot water (&gt;= 90 °C)</source>
        <translation>Heißwasser (&gt;= 90 °C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold water</source>
        <translation>Kaltwasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual register (hot/cold) water meter</source>
        <translation>Zweiregister-Wasserzähler (warm/kalt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/D converter</source>
        <translation>A/D-Wandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoke detector</source>
        <translation>Rauchmelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room sensor</source>
        <translation>Raumsensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas detector</source>
        <translation>Gasmelder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaker (electricity)</source>
        <translation>Leistungsschalter (Elektrizität)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valve (gas or water)</source>
        <translation>Ventil (Gas oder Wasser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer unit (display)</source>
        <translation>Kundeneinheit (Anzeige)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waste water</source>
        <translation>Abwasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garbage</source>
        <translation>Abfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carbon dioxide</source>
        <translation>Kohlendioxid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service unit</source>
        <translation>Serviceeinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication controller</source>
        <translation>Kommunikationssteuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unidirectional repeater</source>
        <translation>Unidirektionaler Repeater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bidirectional repeater</source>
        <translation>Bidirektionaler Repeater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio converter (system side)</source>
        <translation>Funkkonverter (Systemseite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio converter (meter side)</source>
        <translation>Funkkonverter (Zählerseite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot water</source>
        <translation>Warmwasser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gas (mode 2)</source>
        <translation>Gas (Modus 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat (mode 2)</source>
        <translation>Wärme (Modus 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot water (mode 2)</source>
        <translation>Warmwasser (Modus 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water (mode 2)</source>
        <translation>Wasser (Modus 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat cost allocator (mode 2)</source>
        <translation>Heizkostenverteiler (Modus 2)</translation>
    </message>
</context>
<context>
    <name>mbus::decode::Quantity</name>
    <message>
        <location filename="../core/decode/FixedDataParser.cpp" line="+27"/>
        <location line="+2"/>
        <location filename="../core/decode/VifTables.cpp" line="+70"/>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location filename="../core/decode/VifTables.cpp" line="-36"/>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+4"/>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/decode/VifTables.cpp" line="-54"/>
        <location line="+41"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/decode/VifTables.cpp" line="-40"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+39"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Volume flow</source>
        <translation>Volumenstrom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (h, min, s)</source>
        <translation>Uhrzeit (h, min, s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (D, M, Y)</source>
        <translation>Datum (T, M, J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/decode/VifTables.cpp" line="-32"/>
        <source>HCA units</source>
        <translation>HKV-Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without units</source>
        <translation>Ohne Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/decode/VifTables.h" line="+27"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../core/decode/ValueInformationBlock.cpp" line="+182"/>
        <source>Plain-text unit</source>
        <translation>Klartext-Einheit</translation>
    </message>
    <message>
        <location filename="../core/decode/VariableDataParser.cpp" line="+21"/>
        <source>More records follow</source>
        <translation>Weitere Datensätze folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer specific data</source>
        <translation>Herstellerspezifische Daten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Global readout request</source>
        <translation>Globale Ausleseanforderung</translation>
    </message>
    <message>
        <location filename="../core/decode/VifTables.cpp" line="-16"/>
        <location line="+42"/>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>On time</source>
        <translation>Einschaltdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating time</source>
        <translation>Betriebsdauer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mass flow</source>
        <translation>Massenstrom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Flow temperature</source>
        <translation>Vorlauftemperatur</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Return temperature</source>
        <translation>Rücklauftemperatur</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Temperature difference</source>
        <translation>Temperaturdifferenz</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>External temperature</source>
        <translation>Außentemperatur</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Averaging duration</source>
        <translation>Mittelungsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actuality duration</source>
        <translation>Aktualitätsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabrication number</source>
        <translation>Fabriknummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced identification</source>
        <translation>Erweiterte Identifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus address</source>
        <translation>Busadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any VIF</source>
        <translation>Beliebiger VIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer specific</source>
        <translation>Herstellerspezifisch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reactive energy</source>
        <translation>Blindenergie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power</source>
        <translation>Blindleistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative humidity</source>
        <translation>Relative Feuchte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phase angle voltage to voltage</source>
        <translation>Phasenwinkel Spannung-Spannung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase angle voltage to current</source>
        <translation>Phasenwinkel Spannung-Strom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Cold/warm temperature limit</source>
        <translation>Temperaturgrenze kalt/warm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative count max power</source>
        <translation>Kumulierte Anzahl Maximalleistung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access number</source>
        <translation>Zugriffsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter set identification</source>
        <translation>Parametersatz-Kennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model / version</source>
        <translation>Modell / Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware version</source>
        <translation>Hardwareversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware version</source>
        <translation>Firmwareversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer location</source>
        <translation>Kundenstandort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access code user</source>
        <translation>Zugangscode Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access code operator</source>
        <translation>Zugangscode Betreiber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access code system operator</source>
        <translation>Zugangscode Systembetreiber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access code developer</source>
        <translation>Zugangscode Entwickler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error flags</source>
        <translation>Fehlerflags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error mask</source>
        <translation>Fehlermaske</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital output</source>
        <translation>Digitalausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital input</source>
        <translation>Digitaleingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response delay time</source>
        <translation>Antwortverzögerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote control</source>
        <translation>Fernsteuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First storage number</source>
        <translation>Erste Speichernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last storage number</source>
        <translation>Letzte Speichernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of storage block</source>
        <translation>Größe des Speicherblocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Storage interval</source>
        <translation>Speicherintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator specific data</source>
        <translation>Betreiberspezifische Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time point second</source>
        <translation>Zeitpunkt Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration since last readout</source>
        <translation>Dauer seit der letzten Auslesung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of tariff</source>
        <translation>Tarifbeginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of tariff</source>
        <translation>Tarifdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Period of tariff</source>
        <translation>Tarifperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensionless</source>
        <translation>Dimensionslos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset counter</source>
        <translation>Rücksetzzähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulation counter</source>
        <translation>Kumulationszähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control signal</source>
        <translation>Steuersignal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week number</source>
        <translation>Kalenderwoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time point of day change</source>
        <translation>Zeitpunkt des Tageswechsels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of parameter activation</source>
        <translation>Status der Parameteraktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special supplier information</source>
        <translation>Spezielle Lieferanteninformation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Duration since last cumulation</source>
        <translation>Dauer seit der letzten Kumulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Operating time battery</source>
        <translation>Betriebsdauer der Batterie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time of battery change</source>
        <translation>Datum und Uhrzeit des Batteriewechsels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RF level</source>
        <translation>Funkpegel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daylight saving</source>
        <translation>Sommerzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening window management</source>
        <translation>Verwaltung des Empfangsfensters</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Remaining battery life</source>
        <translation>Restliche Batterielebensdauer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Number of times the meter was stopped</source>
        <translation>Anzahl der Zählerstopps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer specific data container</source>
        <translation>Herstellerdaten-Container</translation>
    </message>
</context>
<context>
    <name>mbus::decode::Status</name>
    <message>
        <location filename="../core/decode/DataHeader.cpp" line="+7"/>
        <source>binary counters</source>
        <translation>binäre Zählwerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCD counters</source>
        <translation>BCD-Zählwerke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stored values</source>
        <translation>gespeicherte Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual values</source>
        <translation>aktuelle Werte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>application busy</source>
        <translation>Anwendung beschäftigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>application error</source>
        <translation>Anwendungsfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abnormal condition</source>
        <translation>anormaler Zustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>power low</source>
        <translation>Versorgung schwach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permanent error</source>
        <translation>permanenter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temporary error</source>
        <translation>temporärer Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manufacturer flags 0x%1</source>
        <translation>Herstellerflags 0x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>mbus::decode::Vife</name>
    <message>
        <location filename="../core/decode/CombinableVife.cpp" line="+21"/>
        <source>lower limit value</source>
        <translation>unterer Grenzwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper limit value</source>
        <translation>oberer Grenzwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of exceeds of lower limit</source>
        <translation>Anzahl der Unterschreitungen des unteren Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of exceeds of upper limit</source>
        <translation>Anzahl der Überschreitungen des oberen Grenzwerts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date of begin of first lower limit exceed</source>
        <translation>Datum Beginn der ersten Unterschreitung des unteren Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of first lower limit exceed</source>
        <translation>Datum Ende der ersten Unterschreitung des unteren Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of begin of last lower limit exceed</source>
        <translation>Datum Beginn der letzten Unterschreitung des unteren Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of last lower limit exceed</source>
        <translation>Datum Ende der letzten Unterschreitung des unteren Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of begin of first upper limit exceed</source>
        <translation>Datum Beginn der ersten Überschreitung des oberen Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of first upper limit exceed</source>
        <translation>Datum Ende der ersten Überschreitung des oberen Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of begin of last upper limit exceed</source>
        <translation>Datum Beginn der letzten Überschreitung des oberen Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of last upper limit exceed</source>
        <translation>Datum Ende der letzten Überschreitung des oberen Grenzwerts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duration of first lower limit exceed</source>
        <translation>Dauer der ersten Unterschreitung des unteren Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration of last lower limit exceed</source>
        <translation>Dauer der letzten Unterschreitung des unteren Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration of first upper limit exceed</source>
        <translation>Dauer der ersten Überschreitung des oberen Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration of last upper limit exceed</source>
        <translation>Dauer der letzten Überschreitung des oberen Grenzwerts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duration of last occurrence</source>
        <translation>Dauer des letzten Ereignisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration of first occurrence</source>
        <translation>Dauer des ersten Ereignisses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date of begin of first occurrence</source>
        <translation>Datum Beginn des ersten Ereignisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of first occurrence</source>
        <translation>Datum Ende des ersten Ereignisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of begin of last occurrence</source>
        <translation>Datum Beginn des letzten Ereignisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of last occurrence</source>
        <translation>Datum Ende des letzten Ereignisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value during lower limit exceed</source>
        <translation>Wert während der Unterschreitung des unteren Grenzwerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leakage values</source>
        <translation>Leckagewerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value during upper limit exceed</source>
        <translation>Wert während der Überschreitung des oberen Grenzwerts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reserved VIFE</source>
        <translation>reservierte VIFE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>average value</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inverse compact profile</source>
        <translation>inverses Kompaktprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative deviation</source>
        <translation>relative Abweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard conform data content</source>
        <translation>normkonformer Dateninhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compact profile with register numbers</source>
        <translation>Kompaktprofil mit Registernummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compact profile</source>
        <translation>Kompaktprofil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per revolution</source>
        <translation>pro Umdrehung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>increment per input pulse on channel 0</source>
        <translation>Inkrement pro Eingangsimpuls auf Kanal 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>increment per input pulse on channel 1</source>
        <translation>Inkrement pro Eingangsimpuls auf Kanal 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>increment per output pulse on channel 0</source>
        <translation>Inkrement pro Ausgangsimpuls auf Kanal 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>increment per output pulse on channel 1</source>
        <translation>Inkrement pro Ausgangsimpuls auf Kanal 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per litre</source>
        <translation>pro Liter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per m^3</source>
        <translation>pro m^3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per kg</source>
        <translation>pro kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per K</source>
        <translation>pro K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per kWh</source>
        <translation>pro kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per GJ</source>
        <translation>pro GJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per kW</source>
        <translation>pro kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per K*l</source>
        <translation>pro K*l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per V</source>
        <translation>pro V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per A</source>
        <translation>pro A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>multiplied by s</source>
        <translation>multipliziert mit s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiplied by s/V</source>
        <translation>multipliziert mit s/V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiplied by s/A</source>
        <translation>multipliziert mit s/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date of</source>
        <translation>Startdatum von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value in uncorrected unit</source>
        <translation>Wert in unkorrigierter Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulation only of positive contributions</source>
        <translation>Akkumulation nur positiver Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulation of absolute value only of negative contributions</source>
        <translation>Akkumulation des Betrags nur negativer Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alternate non-metric unit system</source>
        <translation>alternatives nichtmetrisches Einheitensystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value at base conditions</source>
        <translation>Wert bei Basisbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBIS declaration</source>
        <translation>OBIS-Deklaration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrected by multiplicative factor</source>
        <translation>korrigiert mit multiplikativem Faktor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected by additive constant</source>
        <translation>korrigiert mit additiver Konstante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected by multiplicative factor 1000</source>
        <translation>korrigiert mit multiplikativem Faktor 1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>future value</source>
        <translation>zukünftiger Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer specific</source>
        <translation>herstellerspezifisch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many DIFEs</source>
        <translation>zu viele DIFEs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage number not implemented</source>
        <translation>Speichernummer nicht implementiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit number not implemented</source>
        <translation>Untereinheitennummer nicht implementiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tariff number not implemented</source>
        <translation>Tarifnummer nicht implementiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function not implemented</source>
        <translation>Funktion nicht implementiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data class not implemented</source>
        <translation>Datenklasse nicht implementiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data size not implemented</source>
        <translation>Datengröße nicht implementiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many VIFEs</source>
        <translation>zu viele VIFEs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illegal VIF group</source>
        <translation>unzulässige VIF-Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illegal VIF exponent</source>
        <translation>unzulässiger VIF-Exponent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIF/DIF mismatch</source>
        <translation>VIF/DIF-Konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unimplemented action</source>
        <translation>nicht implementierte Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data available</source>
        <translation>keine Daten verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data overflow</source>
        <translation>Datenüberlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data underflow</source>
        <translation>Datenunterlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data error</source>
        <translation>Datenfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premature end of record</source>
        <translation>vorzeitiges Ende des Datensatzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved error code</source>
        <translation>reservierter Fehlercode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phase L1</source>
        <translation>Phase L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L2</source>
        <translation>Phase L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L3</source>
        <translation>Phase L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral conductor</source>
        <translation>Neutralleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L1-L2</source>
        <translation>Phase L1-L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L2-L3</source>
        <translation>Phase L2-L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L3-L1</source>
        <translation>Phase L3-L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delta between import and export</source>
        <translation>Differenz zwischen Bezug und Lieferung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accumulation of absolute value of positive and negative contributions</source>
        <translation>Akkumulation des Betrags positiver und negativer Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved extension VIFE</source>
        <translation>reservierte Erweiterungs-VIFE</translation>
    </message>
    <message>
        <location filename="../core/decode/RecordText.cpp" line="+94"/>
        <source>manufacturer specific VIFE 0x%1</source>
        <translation>herstellerspezifische VIFE 0x%1</translation>
    </message>
</context>
<context>
    <name>mbus::engine::BindingProposal</name>
    <message>
        <location filename="../core/engine/BindingProposal.cpp" line="+19"/>
        <source>no such record</source>
        <translation>kein solcher Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already bound as %1</source>
        <translation>bereits gebunden als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked twice</source>
        <translation>zweimal gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record carries no value</source>
        <translation>der Datensatz enthält keinen Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (maximum)</source>
        <translation> (Maximum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (minimum)</source>
        <translation> (Minimum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (during error)</source>
        <translation> (während Fehler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, storage %1</source>
        <translation>, Speicher %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, tariff %1</source>
        <translation>, Tarif %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, subunit %1</source>
        <translation>, Untereinheit %1</translation>
    </message>
</context>
<context>
    <name>mbus::frametext::TrafficAnnotation</name>
    <message>
        <location filename="../core/frametext/TrafficAnnotation.cpp" line="+25"/>
        <source>garbled 1 byte</source>
        <translation>1 Byte verstümmelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>garbled %1 bytes</source>
        <translation>%1 Bytes verstümmelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken frame: %1</source>
        <translation>defekter Frame: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete frame: %1 of %2 bytes</source>
        <translation>unvollständiger Frame: %1 von %2 Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>echo of %1</source>
        <translation>Echo von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> select %1</source>
        <translation> Auswahl %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> application reset, subcode %1</source>
        <translation> Anwendungsreset, Subcode %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> application reset</source>
        <translation> Anwendungsreset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> switch to %1 Bd</source>
        <translation> Umschalten auf %1 Bd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> data send, %1</source>
        <translation> Daten senden, %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> id %1</source>
        <translation> ID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, access %1</source>
        <translation>, Zugriff %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, status %1</source>
        <translation>, Status %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, fixed data</source>
        <translation>, feste Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> application error: %1</source>
        <translation> Anwendungsfehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> alarm %1</source>
        <translation> Alarm %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, more follows</source>
        <translation>, weitere folgen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (decode error: %1)</source>
        <translation> (Dekodierfehler: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E5 (ACK)</source>
        <translation>E5 (ACK)</translation>
    </message>
</context>
<context>
    <name>mbus::project::Field</name>
    <message>
        <location filename="../ui/project/ChannelEditor.cpp" line="+148"/>
        <location filename="../core/project/Validation.cpp" line="+54"/>
        <location line="+15"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="-13"/>
        <location line="+2"/>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Data/Stop bits</source>
        <translation>Daten-/Stoppbits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP/Hostname</source>
        <translation>IP/Hostname</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Display unit</source>
        <translation>Anzeigeeinheit</translation>
    </message>
    <message>
        <location filename="../ui/project/ChannelEditor.cpp" line="+1"/>
        <location filename="../core/project/Validation.cpp" line="-54"/>
        <location line="+5"/>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="-2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/project/WakeUpEditor.cpp" line="+36"/>
        <location filename="../core/project/Validation.cpp" line="+10"/>
        <source>Wake-up preamble</source>
        <translation>Aufweck-Präambel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Extra answer margin</source>
        <translation>Zusätzliche Antwortzeit</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="+15"/>
        <location line="+84"/>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+169"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/project/BindingForm.cpp" line="+76"/>
        <location filename="../core/project/Validation.cpp" line="-166"/>
        <location line="+2"/>
        <location line="+113"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="-114"/>
        <source>Telegram</source>
        <translation>Telegramm</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../ui/project/BindingForm.cpp" line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+2"/>
        <location line="+133"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="-128"/>
        <source>Transformation</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="+6"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/project/ConnectionForm.cpp" line="+71"/>
        <location filename="../core/project/Validation.cpp" line="+64"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Shutdown timeout</source>
        <translation>Abschalt-Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Max. package length</source>
        <translation>Max. Paketlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Line Delay Ratio</source>
        <translation>Leitungsverzögerungsfaktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+8"/>
        <source>Redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="+18"/>
        <source>Secondary address</source>
        <translation>Sekundäradresse</translation>
    </message>
</context>
<context>
    <name>mbus::project::Validation</name>
    <message>
        <location line="-180"/>
        <source>no serial port given</source>
        <translation>keine serielle Schnittstelle angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an M-Bus baud rate (300..38400)</source>
        <translation>%1 ist keine M-Bus-Baudrate (300..38400)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Bd: most meters answer at 2400</source>
        <translation>%1 Bd: die meisten Zähler antworten mit 2400</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M-Bus uses Even parity; most meters do not answer otherwise</source>
        <translation>M-Bus verwendet gerade Parität (Even); sonst antworten die meisten Zähler nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 data bits: 7 or 8</source>
        <translation>%1 Datenbits: 7 oder 8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stop bits: 1 or 2</source>
        <translation>%1 Stoppbits: 1 oder 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no gateway address given</source>
        <translation>keine Gateway-Adresse angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP port %1 is outside 1..65535</source>
        <translation>TCP-Port %1 liegt außerhalb von 1..65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms is shorter than the EN 13757-2 answer window at %2 Bd (%3 ms)</source>
        <translation>%1 ms ist kürzer als das Antwortfenster nach EN 13757-2 bei %2 Bd (%3 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is outside 1..10</source>
        <translation>%1 liegt außerhalb von 1..10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms is longer than %2 ms: a missing meter would hold every cycle that long</source>
        <translation>%1 ms ist länger als %2 ms: Ein fehlender Zähler würde jeden Zyklus so lange aufhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 characters is outside 0..%2</source>
        <translation>%1 Zeichen liegt außerhalb von 0..%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>%1 ms is outside 0..%2 ms</source>
        <translation>%1 ms liegt außerhalb von 0..%2 ms</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>a binding needs a name</source>
        <translation>eine Bindung braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a binding needs a tag</source>
        <translation>eine Bindung braucht einen Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is outside 1..250</source>
        <translation>%1 liegt außerhalb von 1..250</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>address 0 is the factory default: give the meter its own address (Bus &gt; Commissioning assistant)</source>
        <translation>Adresse 0 ist die Werkseinstellung: geben Sie dem Zähler eine eigene Adresse (Bus &gt; Inbetriebnahme-Assistent)</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+117"/>
        <source>&quot;%1&quot; is no secondary address (16 hex digits)</source>
        <translation>„%1“ ist keine Sekundäradresse (16 Hex-Ziffern)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>the scale must be a number other than 0, the offset a number</source>
        <translation>Der Faktor muss eine Zahl ungleich 0 sein, der Offset eine Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value in &quot;%1&quot; cannot be shown in &quot;%2&quot;</source>
        <translation>ein Wert in „%1“ kann nicht in „%2“ angezeigt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbench cannot write this binding: create it from a read record to give it the record&apos;s DIF and VIF</source>
        <translation>die Workbench kann diese Bindung nicht schreiben: erstellen Sie sie aus einem gelesenen Datensatz, damit sie dessen DIF und VIF erhält</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>binding &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>Bindung „%1“ von „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>meter %1 of &quot;%2&quot;</source>
        <translation>Zähler %1 von „%2“</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a connection needs a name</source>
        <translation>eine Verbindung braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another connection has this name</source>
        <translation>eine andere Verbindung hat diesen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms: the period must be positive</source>
        <translation>%1 ms: die Periode muss positiv sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms is longer than a day (%2 ms)</source>
        <translation>%1 ms ist länger als ein Tag (%2 ms)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms is below 60000 ms: battery-powered meters drain when read this often</source>
        <translation>%1 ms liegt unter 60000 ms: batteriebetriebene Zähler entladen sich, wenn sie so oft gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is outside 1..255</source>
        <translation>%1 liegt außerhalb von 1..255</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is outside 0..100 (0 excluded)</source>
        <translation>%1 liegt außerhalb von 0..100 (0 ausgeschlossen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (backup channel)</source>
        <translation> (Reservekanal)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cycles is outside 1..%2</source>
        <translation>%1 Zyklen liegt außerhalb von 1..%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is outside 0..250</source>
        <translation>%1 liegt außerhalb von 0..250</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another meter of this connection has this address: meters sharing an address collide; the commissioning assistant gives each its own</source>
        <translation>ein anderer Zähler dieser Verbindung hat diese Adresse: Zähler mit gemeinsamer Adresse kollidieren; der Inbetriebnahme-Assistent gibt jedem eine eigene</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>tag &quot;%1&quot; is bound also by %2</source>
        <translation>Tag „%1“ ist auch gebunden von: %2</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>%1 characters: at most %2</source>
        <translation>%1 Zeichen: höchstens %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains a control character (a line break, a tab, NUL...)</source>
        <translation>enthält ein Steuerzeichen (Zeilenumbruch, Tabulator, NUL …)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: 0 for a single-telegram meter, else 1..%2</source>
        <translation>%1: 0 für einen Zähler mit einem Telegramm, sonst 1..%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the index counts records from 0 (at most %2)</source>
        <translation>%1: Der Index zählt Datensätze ab 0 (höchstens %2)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>at most %1 characters, no control characters</source>
        <translation>höchstens %1 Zeichen, keine Steuerzeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another binding of this connection has this name</source>
        <translation>eine andere Bindung dieser Verbindung hat diesen Namen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>binding &quot;%1&quot; reads the same record (address %2, telegram %3, index %4)</source>
        <translation>Bindung „%1“ liest denselben Datensatz (Adresse %2, Telegramm %3, Index %4)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::AddMeterDialog</name>
    <message>
        <location filename="../ui/project/AddMeterDialog.cpp" line="+19"/>
        <source>Add meter</source>
        <translation>Zähler hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary address (1..250)</source>
        <translation>Primäradresse (1..250)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not a primary address: 1..250 (0 is the factory default)</source>
        <translation>%1 ist keine Primäradresse: 1..250 (0 ist die Werkseinstellung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address 0 is the factory default: every new meter answers there. Give the meter its own address with Bus &gt; Commissioning assistant.</source>
        <translation>Adresse 0 ist die Werkseinstellung: dort antwortet jeder neue Zähler. Geben Sie dem Zähler mit Bus &gt; Inbetriebnahme-Assistent eine eigene Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project has meter %1 at this address already: it will be selected.</source>
        <translation>Das Projekt hat auf dieser Adresse bereits den Zähler %1: er wird ausgewählt.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::AddressPlanPage</name>
    <message>
        <location filename="../ui/commission/AddressPlanPage.cpp" line="+29"/>
        <source>Meters and addresses</source>
        <translation>Zähler und Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find every meter by its secondary address, see which share a primary address, and give each its own. Each change is asked for before it is made.</source>
        <translation>Finden Sie alle Zähler über ihre Sekundäradresse, sehen Sie, welche sich eine Primäradresse teilen, und geben Sie jedem eine eigene. Vor jeder Änderung wird nachgefragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey the bus</source>
        <translation>Bus erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the meters the project knows at their address</source>
        <translation>Im Projekt bekannte Zähler auf ihrer Adresse belassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of meters sharing an address, the one in the project keeps it; the addresses of project meters not found on the bus are not handed out.</source>
        <translation>Von Zählern mit gemeinsamer Adresse behält der Zähler aus dem Projekt sie; die Adressen von Projektzählern, die am Bus nicht gefunden wurden, werden nicht vergeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Apply next change…</source>
        <translation>Nächste Änderung ausführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to project</source>
        <translation>Zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meters found join the connection; meters of the project that moved take their new address, and their bindings with them.</source>
        <translation>Die gefundenen Zähler werden der Verbindung hinzugefügt; umadressierte Zähler des Projekts erhalten ihre neue Adresse, und ihre Bindungen gehen mit.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection is disabled: enable it in the project to survey its bus.</source>
        <translation>Die Verbindung ist deaktiviert: aktivieren Sie sie im Projekt, um ihren Bus zu erfassen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching the bus by secondary address…</source>
        <translation>Bus wird nach Sekundäradressen durchsucht…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: meters alike in every field, cannot be told apart</source>
        <translation>%1: Zähler in allen Feldern gleich, nicht unterscheidbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey stopped; meters found so far: %1</source>
        <translation>Erfassung gestoppt; bisher gefundene Zähler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meter answered the secondary search: check the line settings.</source>
        <translation>Kein Zähler hat auf die Sekundärsuche geantwortet: prüfen Sie die Übertragungsparameter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meters found: %1 (selections: %2)</source>
        <translation>Gefundene Zähler: %1 (Auswahlen: %2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Every address is unique already.</source>
        <translation>Alle Adressen sind bereits eindeutig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes planned: %1, still to apply: %2</source>
        <translation>Geplante Änderungen: %1, noch auszuführen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every planned change was applied or skipped.</source>
        <translation>Alle geplanten Änderungen wurden ausgeführt oder übersprungen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading every meter at its address…</source>
        <translation>Jeder Zähler wird auf seiner Adresse gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change a primary address</source>
        <translation>Primäradresse ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 %2 from address %3 to %4?</source>
        <translation>Zähler %1 %2 von Adresse %3 auf %4 umadressieren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting %1 to address %2…</source>
        <translation>%1 wird auf Adresse %2 gesetzt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped before the change of %1; the rest of the plan waits.</source>
        <translation>Vor der Änderung von %1 gestoppt; der Rest des Plans wartet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Every meter reads at its own address.</source>
        <translation>Jeder Zähler ist auf seiner eigenen Adresse lesbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not every meter reads at its address; shared addresses remain: %1</source>
        <translation>Nicht jeder Zähler ist auf seiner Adresse lesbar; gemeinsame Adressen bleiben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not every meter reads at its address: see the outcome column.</source>
        <translation>Nicht jeder Zähler ist auf seiner Adresse lesbar: siehe Spalte „Ergebnis“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project knows these meters already.</source>
        <translation>Diese Zähler sind bereits im Projekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the surveyed meters into &quot;%1&quot;</source>
        <translation>Erfasste Zähler in „%1“ übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meters are in the project.</source>
        <translation>Die Zähler sind jetzt im Projekt.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::BaudRatePage</name>
    <message>
        <location filename="../ui/commission/BaudRatePage.cpp" line="+36"/>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch one meter or the whole bus to another baud rate. Each meter acknowledges at the old rate and is read at the new one; for the whole bus, if one meter fails, all go back.</source>
        <translation>Schalten Sie einen Zähler oder den ganzen Bus auf eine andere Baudrate um. Jeder Zähler quittiert mit der alten Baudrate und wird mit der neuen gelesen; beim ganzen Bus schalten alle zurück, wenn ein Zähler scheitert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Bd</source>
        <translation>%1 Bd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter selected in the table</source>
        <translation>Der in der Tabelle gewählte Zähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every meter on the bus (the connection follows)</source>
        <translation>Alle Zähler am Bus (die Verbindung folgt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New baud rate:</source>
        <translation>Neue Baudrate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch:</source>
        <translation>Umschalten:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A TCP gateway&apos;s serial rate is set in the gateway: the meters can switch, the link cannot follow.</source>
        <translation>Die serielle Baudrate eines TCP-Gateways wird im Gateway eingestellt: die Zähler können umschalten, die Schnittstelle kann nicht folgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bus runs at %1 Bd now.</source>
        <translation>Der Bus läuft jetzt mit %1 Bd.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The connection is disabled: enable it in the project to survey its bus.</source>
        <translation>Die Verbindung ist deaktiviert: Aktivieren Sie sie im Projekt, um ihren Bus zu erfassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meter answered the secondary search at %1 Bd.</source>
        <translation>Kein Zähler hat bei %1 Bd auf die Sekundärsuche geantwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finding the meters on the bus first…</source>
        <translation>Zuerst werden die Zähler am Bus gesucht…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not switched: the bus stays at %1 Bd.</source>
        <translation>Nicht umgeschaltet: der Bus bleibt auf %1 Bd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection is disabled: enable it in the project to switch its meters.</source>
        <translation>Die Verbindung ist deaktiviert: Aktivieren Sie sie im Projekt, um ihre Zähler umzustellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud rate not switched: %1</source>
        <translation>Baudrate nicht umgeschaltet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switching to %1 Bd…</source>
        <translation>Umschalten auf %1 Bd…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch the whole bus</source>
        <translation>Den ganzen Bus umschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch every meter of &quot;%1&quot; from %2 Bd to %3 Bd? Meters on the bus: %4.</source>
        <translation>Alle Zähler von „%1“ von %2 Bd auf %3 Bd umschalten? Zähler am Bus: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each meter is told to switch and is read at the new rate. If one does not follow, the others are switched back to %1 Bd; if all follow, the connection is set to %2 Bd.</source>
        <translation>Jeder Zähler erhält den Befehl umzuschalten und wird mit der neuen Baudrate gelesen. Folgt einer nicht, werden die anderen auf %1 Bd zurückgeschaltet; folgen alle, wird die Verbindung auf %2 Bd gestellt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The bus stays at %1 Bd: not every meter switched.</source>
        <translation>Der Bus bleibt bei %1 Bd: nicht alle Zähler wurden umgeschaltet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the baud rate of &quot;%1&quot; to %2</source>
        <translation>Baudrate von „%1“ auf %2 Bd setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every meter answers at %1 Bd; the connection is set to it.</source>
        <translation>Alle Zähler antworten mit %1 Bd; die Verbindung ist darauf eingestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switched to %1 Bd.</source>
        <translation>Auf %1 Bd umgeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not switched: the bus runs at %1 Bd.</source>
        <translation>Nicht umgeschaltet: der Bus läuft mit %1 Bd.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::BindingForm</name>
    <message>
        <location filename="../ui/project/BindingForm.cpp" line="-59"/>
        <source>Off: kept, not read</source>
        <translation>Aus: behalten, nicht gelesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The unit the tree and the trend show the value in; the engine and the Faceplate export keep the unit the meter sends</source>
        <translation>Die Einheit, in der Baum und Trend den Wert zeigen; die Abfrage und der Faceplate-Export behalten die Einheit, die der Zähler sendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R (read)</source>
        <translation>R (Lesen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W (write)</source>
        <translation>W (Schreiben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RW (read and write)</source>
        <translation>RW (lesen und schreiben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faceplate&apos;s linear transformation: the value shown is value × scale + offset</source>
        <translation>Lineare Transformation von Faceplate: angezeigt wird Wert × Faktor + Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary address of the meter, 1..250</source>
        <translation>Primäradresse des Zählers, 1..250</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 for a single-telegram meter, else 1, 2, ...</source>
        <translation>0 für einen Zähler mit einem Telegramm, sonst 1, 2, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record index in the telegram, counted from 0 as the meter view shows it</source>
        <translation>Datensatzindex im Telegramm, ab 0 gezählt wie in der Zähleransicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformation: scale</source>
        <translation>Transformation: Faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformation: offset</source>
        <translation>Transformation: Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display unit</source>
        <translation>Anzeigeeinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>signature %1</source>
        <translation>Signatur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meter %1</source>
        <translation>Zähler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered by hand (no record signature: no drift guard)</source>
        <translation>von Hand eingegeben (keine Datensatzsignatur: kein Schutz vor Verschiebung)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ChannelEditor</name>
    <message>
        <location filename="../ui/project/ChannelEditor.cpp" line="-88"/>
        <source>serial</source>
        <translation>seriell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcp</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>even</source>
        <translation>gerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>odd</source>
        <translation>ungerade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP address or host name of the gateway</source>
        <translation>IP-Adresse oder Hostname des Gateways</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Faceplate&apos;s attempts: tries per request (1 = no repeat)</source>
        <translation>Faceplates attempts: Versuche je Anfrage (1 = keine Wiederholung)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How long to wait for a meter&apos;s answer</source>
        <translation>Wie lange auf die Antwort eines Zählers gewartet wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data bits</source>
        <translation>Datenbits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop bits</source>
        <translation>Stoppbits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IP/Hostname</source>
        <translation>IP/Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bus baud rate</source>
        <translation>Bus-Baudrate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout (ms)</source>
        <translation>Timeout (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>mbus::ui::CommissioningSession</name>
    <message>
        <location filename="../ui/commission/CommissioningSession.cpp" line="+98"/>
        <source>simulated bus</source>
        <translation>simulierter Bus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meters still share address %1: their answers collide there.</source>
        <translation>Zähler teilen sich weiterhin die Adresse %1: ihre Antworten kollidieren dort.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::CommissioningWizard</name>
    <message>
        <location filename="../ui/commission/CommissioningWizard.cpp" line="+17"/>
        <source>Commissioning assistant: %1</source>
        <translation>Inbetriebnahme-Assistent: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ConnectionForm</name>
    <message>
        <location filename="../ui/project/ConnectionForm.cpp" line="-51"/>
        <source>Support for group requests</source>
        <translation>Unterstützung für Gruppenanfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polled</source>
        <translation>Abgefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup connection (redundancy)</source>
        <translation>Reserveverbindung (Redundanz)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Period (ms)</source>
        <translation>Periode (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shutdown timeout (ms)</source>
        <translation>Shutdown-Timeout (ms)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch to backup after (failed cycles)</source>
        <translation>Auf Reserve umschalten nach (fehlgeschlagenen Zyklen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try master again after (cycles)</source>
        <translation>Hauptkanal wieder versuchen nach (Zyklen)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Exported to Faceplate as the connection &quot;%1&quot; whose Master connection is &quot;%2&quot;</source>
        <translation>Wird für Faceplate als Verbindung „%1“ exportiert, deren Master connection „%2“ ist</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>M-Bus is slow and battery meters drain: 60000 ms or more</source>
        <translation>M-Bus ist langsam und Batteriezähler entladen sich: 60000 ms oder mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max. package length</source>
        <translation>Max. Paketlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line Delay Ratio</source>
        <translation>Leitungsverzögerungsfaktor</translation>
    </message>
</context>
<context>
    <name>mbus::ui::CreateBindingsDialog</name>
    <message>
        <location filename="../ui/meter/CreateBindingsDialog.cpp" line="+35"/>
        <location line="+36"/>
        <source>Create bindings</source>
        <translation>Bindungen erstellen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telegram</source>
        <translation>Telegramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Names and tags are proposed from the meter and the record; edit them as your SCADA naming wants. Address, Telegram and Index are what Faceplate reads.</source>
        <translation>Namen und Tags werden aus Zähler und Datensatz vorgeschlagen; passen Sie sie an die Namensregeln Ihrer SCADA an. Faceplate liest Adresse, Telegramm und Index.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No binding is chosen.</source>
        <translation>Keine Bindung ausgewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record %1 of telegram %2 has no name.</source>
        <translation>Datensatz %1 von Telegramm %2 hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binding &quot;%1&quot; has no tag.</source>
        <translation>Bindung „%1“ hat keinen Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag &quot;%1&quot; is used twice: tags must be unique in the project.</source>
        <translation>Tag „%1“ wird zweimal verwendet: Tags müssen im Projekt eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::DiagnosticsModel</name>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsModel.cpp" line="+29"/>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The channel the connection polls over (redundancy)</source>
        <translation>Der Kanal, über den die Verbindung abfragt (Redundanz)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No backup channel</source>
        <translation>Kein Reservekanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not polled: disabled in the project</source>
        <translation>Nicht abgefragt: im Projekt deaktiviert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual connection</source>
        <translation>Aktueller Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last cycle</source>
        <translation>Letzter Zyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle time (ms)</source>
        <translation>Zykluszeit (ms)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::DiagnosticsPanel</name>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsPanel.cpp" line="+39"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start all</source>
        <translation>Alle starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start polling the selected connection</source>
        <translation>Abfrage der gewählten Verbindung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop polling the selected connection</source>
        <translation>Abfrage der gewählten Verbindung stoppen</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Meters: select a connection</source>
        <translation>Zähler: Verbindung wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meters of %1</source>
        <translation>Zähler von %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::FaceplateSettingsDialog</name>
    <message>
        <location filename="../ui/window/FaceplateSettings.cpp" line="+34"/>
        <source>the Faceplate key map %1: %2</source>
        <translation>die Faceplate-Schlüsselzuordnung %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Faceplate export settings</source>
        <translation>Einstellungen des Faceplate-Exports</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>built in (keys marked assumed: check them on site)</source>
        <translation>eingebaut (als angenommen markierte Schlüssel vor Ort prüfen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faceplate key map</source>
        <translation>Faceplate-Schlüsselzuordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key map (*.json)</source>
        <translation>Schlüsselzuordnung (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of the connections</source>
        <translation>Ordner der Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the tags</source>
        <translation>Ordner der Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of a tag</source>
        <translation>Feld eines Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key map</source>
        <translation>Schlüsselzuordnung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key map cannot be used: %1</source>
        <translation>Die Schlüsselzuordnung ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folders are paths from the root (&quot;/root/...&quot;); the tag field is a field name.</source>
        <translation>Ordner sind Pfade ab der Wurzel („/root/...“); das Tag-Feld ist ein Feldname.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::FindingsLabel</name>
    <message>
        <location filename="../ui/project/FindingsLabel.cpp" line="+46"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not applied</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not applied: the project keeps %1</source>
        <translation>nicht übernommen: das Projekt behält %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::HelpBrowser</name>
    <message>
        <location filename="../ui/help/HelpBrowser.cpp" line="+34"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>M-Bus Workbench manual</source>
        <translation>Handbuch M-Bus Workbench</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — M-Bus Workbench manual</source>
        <translation>%1 — Handbuch M-Bus Workbench</translation>
    </message>
</context>
<context>
    <name>mbus::ui::HexView</name>
    <message>
        <location filename="../ui/meter/HexView.cpp" line="+34"/>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C field</source>
        <translation>C-Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field (primary address)</source>
        <translation>A-Feld (Primäradresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CI field</source>
        <translation>CI-Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data header</source>
        <translation>Datenkopf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer data</source>
        <translation>Herstellerdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>byte %1 (0x%2): %3</source>
        <translation>Byte %1 (0x%2): %3</translation>
    </message>
</context>
<context>
    <name>mbus::ui::LineSettingsPage</name>
    <message>
        <location filename="../ui/commission/LineSettingsPage.cpp" line="+32"/>
        <source>Line settings</source>
        <translation>Übertragungsparameter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect</source>
        <translation>Ermitteln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+120"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Polling of &quot;%1&quot; is stopped while the assistant uses its bus; it starts again when the assistant closes.</source>
        <translation>Die Abfrage von „%1“ ist angehalten, solange der Assistent ihren Bus nutzt; sie startet wieder, wenn der Assistent geschlossen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assistant uses the bus of &quot;%1&quot;; it is not polled meanwhile.</source>
        <translation>Der Assistent nutzt den Bus von „%1“; die Verbindung wird währenddessen nicht abgefragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection is on the simulated bus in this program: there are no line settings to detect.</source>
        <translation>Die Verbindung läuft am simulierten Bus in diesem Programm: es gibt keine Übertragungsparameter zu ermitteln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection goes through a TCP gateway: its serial settings are set in the gateway itself. Go on to the next page.</source>
        <translation>Die Verbindung läuft über ein TCP-Gateway: dessen serielle Parameter werden im Gateway selbst eingestellt. Fahren Sie mit der nächsten Seite fort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect tries the baud rates and parities meters use, from the connection&apos;s %1 on, and stops at the first that brings a valid answer.</source>
        <translation>„Ermitteln“ probiert die bei Zählern üblichen Baudraten und Paritäten durch, beginnend mit der Einstellung der Verbindung (%1), und hält bei der ersten an, die eine gültige Antwort bringt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Trying %1 (%2 of %3)…</source>
        <translation>%1 wird versucht (%2 von %3)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meter answered at any setting: check the wiring, the converter&apos;s power and the bus voltage.</source>
        <translation>Bei keiner Einstellung hat ein Zähler geantwortet: prüfen Sie die Verdrahtung, die Versorgung des Pegelwandlers und die Busspannung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set the line settings of &quot;%1&quot; to %2</source>
        <translation>Übertragungsparameter von „%1“ auf %2 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection uses %1 now.</source>
        <translation>Die Verbindung verwendet jetzt %1.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="+30"/>
        <source>M-Bus Workbench projects (*.mbwproj)</source>
        <translation>M-Bus-Workbench-Projekte (*.mbwproj)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+83"/>
        <location filename="../ui/window/MainWindowFiles.cpp" line="+165"/>
        <location line="+3"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;demo (simulated bus)</source>
        <translation>&amp;Demo öffnen (simulierter Bus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Faceplate configuration…</source>
        <translation>Faceplate-Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Faceplate configuration…</source>
        <translation>Faceplate-Konfiguration &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export bindings as &amp;CSV…</source>
        <translation>Bindungen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;connection</source>
        <translation>&amp;Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;meter…</source>
        <translation>&amp;Zähler hinzufügen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start all connections</source>
        <translation>Alle Verbindungen &amp;starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top all connections</source>
        <translation>Alle Verbindungen s&amp;toppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;can bus…</source>
        <translation>Bus s&amp;cannen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mmissioning assistant…</source>
        <translation>&amp;Inbetriebnahme-Assistent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line settings, unique addresses, baud rate and a report for the selected connection</source>
        <translation>Übertragungsparameter, eindeutige Adressen, Baudrate und ein Protokoll für die gewählte Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read meter</source>
        <translation>Zähler &amp;lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Si&amp;mulated bus (no hardware)</source>
        <translation>Si&amp;mulierter Bus (ohne Hardware)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every connection polls the simulated demo meters in this program instead of its port</source>
        <translation>Jede Verbindung fragt statt ihres Ports die simulierten Demozähler in diesem Programm ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About M-Bus Workbench</source>
        <translation>&amp;Über M-Bus Workbench</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMeterAndTrend.cpp" line="+38"/>
        <source>Move the meter of &quot;%1&quot; from address %2 to %3</source>
        <translation>Zähler von „%1“ von Adresse %2 nach %3 verschieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the baud rate of &quot;%1&quot; to %2</source>
        <translation>Baudrate von „%1“ auf %2 setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Add %n binding(s) to the trend</source>
        <translation>
            <numerusform>%n Bindung zum Trend hinzufügen</numerusform>
            <numerusform>%n Bindungen zum Trend hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from trend</source>
        <translation>Aus dem Trend entfernen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+110"/>
        <source>the project has errors (see the forms); fix them, then start.</source>
        <translation>das Projekt hat Fehler (siehe Formulare); beheben Sie sie und starten Sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMeterAndTrend.cpp" line="-3"/>
        <source>Add to trend</source>
        <translation>Zum Trend hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n binding(s) from the trend</source>
        <translation>
            <numerusform>%n Bindung aus dem Trend entfernen</numerusform>
            <numerusform>%n Bindungen aus dem Trend entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add its bindings to the trend</source>
        <translation>Die zugehörigen Bindungen zum Trend hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="-92"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Faceplate export &amp;settings…</source>
        <translation>&amp;Einstellungen des Faceplate-Exports…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bus</source>
        <translation>B&amp;us</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — M-Bus Workbench</source>
        <translation>%1[*] — M-Bus Workbench</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated bus: no hardware in use</source>
        <translation>Simulierter Bus: keine Hardware in Verwendung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 connections running</source>
        <translation>%1 von %2 Verbindungen laufen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="-156"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo project cannot be read: %1</source>
        <translation>Das Demoprojekt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection &quot;%1&quot;:</source>
        <translation>Verbindung „%1“:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Meter %1:</source>
        <translation>  Zähler %1:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>The project has errors; nothing was written.
%1</source>
        <translation>Das Projekt enthält Fehler; nichts wurde geschrieben.
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Faceplate configuration</source>
        <translation>Faceplate-Konfiguration importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faceplate M-Bus configuration (*.json);;All files (*)</source>
        <translation>Faceplate-M-Bus-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project has errors; fix them first.
%1</source>
        <translation>Das Projekt hat Fehler; beheben Sie sie zuerst.
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Faceplate configuration</source>
        <translation>Faceplate-Konfiguration exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faceplate M-Bus configuration (*.json)</source>
        <translation>Faceplate-M-Bus-Konfiguration (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export bindings</source>
        <translation>Bindungen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+21"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="+44"/>
        <source>%n meter(s) added to %1</source>
        <translation>
            <numerusform>%n Zähler zu %1 hinzugefügt</numerusform>
            <numerusform>%n Zähler zu %1 hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About M-Bus Workbench</source>
        <translation>Über M-Bus Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;M-Bus Workbench %1&lt;/b&gt;&lt;p&gt;Configurator and live monitor for wired M-Bus meters (EN 13757-2/-3), for the Faceplate SCADA M-Bus driver.&lt;/p&gt;</source>
        <translation>&lt;b&gt;M-Bus Workbench %1&lt;/b&gt;&lt;p&gt;Konfigurator und Live-Monitor für drahtgebundene M-Bus-Zähler (EN 13757-2/-3), für den M-Bus-Treiber der Faceplate-SCADA.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterBaudDialog</name>
    <message>
        <location filename="../ui/meter/MeterSettingsDialogs.cpp" line="+101"/>
        <source>Set baud rate</source>
        <translation>Baudrate einstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Bd</source>
        <translation>%1 Bd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New baud rate:</source>
        <translation>Neue Baudrate:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter is told at %1 Bd to answer at the new rate (CI 0xB8..0xBF), then read at the new rate to prove it; a meter that did not switch is read at %1 Bd again. The connection stays at %1 Bd: afterwards it has to be switched too, and every other meter on the bus with it.</source>
        <translation>Der Zähler erhält mit %1 Bd den Befehl, mit der neuen Baudrate zu antworten (CI 0xB8..0xBF), und wird zur Kontrolle mit der neuen Baudrate gelesen; ein Zähler, der nicht umgeschaltet hat, wird wieder mit %1 Bd gelesen. Die Verbindung bleibt auf %1 Bd: sie muss danach ebenfalls umgeschaltet werden, und mit ihr jeder andere Zähler am Bus.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterNaming</name>
    <message>
        <location line="-87"/>
        <source>The meter at address %1</source>
        <translation>Der Zähler auf Adresse %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at address %2</source>
        <translation>%1 auf Adresse %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (secondary address %2)</source>
        <translation>%1 (Sekundäradresse %2)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterPage</name>
    <message>
        <location filename="../ui/project/MeterPage.cpp" line="+24"/>
        <source>e.g. Heat meter, flat 12</source>
        <translation>z. B. Wärmezähler, Wohnung 12</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meter name</source>
        <translation>Zählername</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterSettingsActions</name>
    <message>
        <location filename="../ui/meter/MeterSettingsActions.cpp" line="+48"/>
        <source>Read the meter first: its secondary address identifies it for the change.</source>
        <translation>Lesen Sie den Zähler zuerst: für die Änderung wird er über seine Sekundäradresse erkannt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+35"/>
        <source>The connection is disabled: enable it to change its meters.</source>
        <translation>Die Verbindung ist deaktiviert: aktivieren Sie sie, um ihre Zähler zu ändern.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Primary address set: %1.</source>
        <translation>Primäradresse gesetzt: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary address not set: %1.</source>
        <translation>Primäradresse nicht gesetzt: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The link cannot change its rate (%1): nothing was switched.</source>
        <translation>Die Schnittstelle kann ihre Baudrate nicht ändern (%1): nichts wurde umgeschaltet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Baud rate switched: %1.</source>
        <translation>Baudrate umgeschaltet: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baud rate not switched: %1.</source>
        <translation>Baudrate nicht umgeschaltet: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch the connection too?</source>
        <translation>Auch die Verbindung umschalten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers at %2 Bd now. The connection &quot;%3&quot; still runs at %4 Bd and will not read it until its line is switched too; every other meter on this bus must be at %2 Bd then as well.

Set the connection to %2 Bd now?</source>
        <translation>%1 antwortet jetzt mit %2 Bd. Die Verbindung „%3“ läuft noch mit %4 Bd und liest ihn erst, wenn auch ihre Leitung umgeschaltet ist; dann muss auch jeder andere Zähler an diesem Bus auf %2 Bd sein.

Die Verbindung jetzt auf %2 Bd stellen?</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterStatisticsModel</name>
    <message>
        <location filename="../ui/diagnostics/MeterStatisticsModel.cpp" line="+78"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum errors</source>
        <translation>Prüfsummenfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other errors</source>
        <translation>Andere Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last read (ms)</source>
        <translation>Letzte Auslesung (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterView</name>
    <message>
        <location filename="../ui/meter/MeterView.cpp" line="+31"/>
        <source>&amp;Read meter</source>
        <translation>Zähler &amp;lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel read</source>
        <translation>Lesen &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;bindings…</source>
        <translation>&amp;Bindungen erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save readout…</source>
        <translation>Auslesung speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set address…</source>
        <translation>Adresse setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set baud rate…</source>
        <translation>Baudrate einstellen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>REQ_UD2 to the meter&apos;s primary address, all telegrams</source>
        <translation>REQ_UD2 an die Primäradresse des Zählers, alle Telegramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the meter&apos;s answer</source>
        <translation>Nicht mehr auf die Antwort des Zählers warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind the selected records: Address, Telegram and Index are filled in</source>
        <translation>Die gewählten Datensätze binden: Adresse, Telegramm und Index werden ausgefüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the records as CSV and the telegrams as hex (for support; mbus-cli decode reads the hex)</source>
        <translation>Datensätze als CSV und Telegramme als Hex speichern (für den Support; mbus-cli decode liest das Hex)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+293"/>
        <source>Give the meter another primary address (selected by its secondary address, then read back)</source>
        <translation>Dem Zähler eine andere Primäradresse geben (über die Sekundäradresse ausgewählt, danach zurückgelesen)</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Switch the meter to another baud rate (then read at the new rate)</source>
        <translation>Den Zähler auf eine andere Baudrate umschalten (danach mit der neuen Baudrate gelesen)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Meter at address %1</source>
        <translation>Zähler an Adresse %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — address %2</source>
        <translation>%1 — Adresse %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last read shown. Read again for fresh values.</source>
        <translation>Letzte Auslesung angezeigt. Für aktuelle Werte erneut lesen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The connection is disabled: enable it to read its meters.</source>
        <translation>Die Verbindung ist deaktiviert: aktivieren Sie sie, um ihre Zähler zu lesen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading address %1…</source>
        <translation>Adresse %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading address %1… %2 s (a silent meter is asked %3 times, %4 s each)</source>
        <translation>Adresse %1 wird gelesen… %2 s (ein stummer Zähler wird %3-mal gefragt, je %4 s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>telegram %1: %2</source>
        <translation>Telegramm %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Read %n telegram(s), %1 records in %2 ms.</source>
        <translation>
            <numerusform>%n Telegramm gelesen, %1 Datensätze in %2 ms.</numerusform>
            <numerusform>%n Telegramme gelesen, %1 Datensätze in %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read of address %1 cancelled.</source>
        <translation>Lesen von Adresse %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Read the meter first: its secondary address identifies it for the change</source>
        <translation>Lesen Sie den Zähler zuerst: für die Änderung wird er über seine Sekundäradresse erkannt</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The meter has more telegrams than were read.</source>
        <translation>Der Zähler hat mehr Telegramme, als gelesen wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decode errors: %1</source>
        <translation>Dekodierfehler: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>Secondary address %1</source>
        <translation>Sekundäradresse %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Identification %1</source>
        <translation>Identifikation %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer %1</source>
        <translation>Hersteller %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medium %1</source>
        <translation>Medium %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access number %1</source>
        <translation>Zugriffsnummer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../ui/meter/MeterViewActions.cpp" line="+25"/>
        <source>Create binding…</source>
        <translation>Bindung erstellen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to trend</source>
        <translation>Zum Trend hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records already bound: their tags join the live trend</source>
        <translation>Bereits gebundene Datensätze: ihre Tags kommen in den Live-Trend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+8"/>
        <source>Save readout</source>
        <translation>Auslesung speichern</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Records as CSV, telegrams as hex beside it (*.csv)</source>
        <translation>Datensätze als CSV, Telegramme als Hex daneben (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Readout saved: %1 and %2.</source>
        <translation>Auslesung gespeichert: %1 und %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readout was not saved: %1</source>
        <translation>Die Auslesung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::NumberField</name>
    <message>
        <location filename="../ui/common/NumberField.cpp" line="+65"/>
        <source>empty: type a number</source>
        <translation>leer: bitte eine Zahl eingeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
</context>
<context>
    <name>mbus::ui::PollingBanner</name>
    <message>
        <location filename="../ui/window/PollingBanner.cpp" line="+12"/>
        <source>Start (F5)</source>
        <translation>Start (F5)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Polling stopped&lt;/b&gt;: no connection is reading its meters.</source>
        <translation>&lt;b&gt;Abfrage angehalten&lt;/b&gt;: keine Verbindung liest ihre Zähler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Polling stopped&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Abfrage angehalten&lt;/b&gt;: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ProjectPane</name>
    <message>
        <location filename="../ui/project/ProjectPane.cpp" line="+42"/>
        <source>Select a connection, a meter or a binding.
Scan the bus to find meters.</source>
        <translation>Wählen Sie eine Verbindung, einen Zähler oder eine Bindung.
Scannen Sie den Bus, um Zähler zu finden.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Edit connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit binding &quot;%1&quot;</source>
        <translation>Bindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename meter %1</source>
        <translation>Zähler %1 umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wake-up of meter %1</source>
        <translation>Aufwecken von Zähler %1 ändern</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>address %1: the project has meter %2 there, this is meter %3</source>
        <translation>Adresse %1: das Projekt hat dort den Zähler %2, dies ist der Zähler %3</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Add %n meter(s)</source>
        <translation>
            <numerusform>%n Zähler hinzufügen</numerusform>
            <numerusform>%n Zähler hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two meters on one address</source>
        <translation>Zwei Zähler auf einer Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Two meters cannot share a primary address: their answers collide. Use Bus &gt; Commissioning assistant to give each meter its own address.</source>
        <translation>%1

Zwei Zähler können sich keine Primäradresse teilen: ihre Antworten kollidieren. Geben Sie mit Bus &gt; Inbetriebnahme-Assistent jedem Zähler eine eigene Adresse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete meter %1 and its bindings</source>
        <translation>Zähler %1 und seine Bindungen löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete binding &quot;%1&quot;</source>
        <translation>Bindung „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Create %n binding(s)</source>
        <translation>
            <numerusform>%n Bindung erstellen</numerusform>
            <numerusform>%n Bindungen erstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mbus::ui::ProjectTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/project/ProjectTreeModel.cpp" line="+213"/>
        <source>the meter sent %n telegram(s), telegram %1 is bound</source>
        <translation>
            <numerusform>der Zähler hat %n Telegramm gesendet, gebunden ist Telegramm %1</numerusform>
            <numerusform>der Zähler hat %n Telegramme gesendet, gebunden ist Telegramm %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another meter answers: %1, bound on %2</source>
        <translation>ein anderer Zähler antwortet: %1, gebunden an %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index drift: the telegram has %1 records</source>
        <translation>Index verschoben: das Telegramm hat %1 Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index drift: the record is no longer sent</source>
        <translation>Index verschoben: der Datensatz wird nicht mehr gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index drift: the record is now at telegram %1 index %2</source>
        <translation>Index verschoben: der Datensatz steht jetzt in Telegramm %1, Index %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the meter marks this time invalid</source>
        <translation>der Zähler kennzeichnet diese Zeit als ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (backup: %1)</source>
        <translation> (Reserve: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period %1 s</source>
        <translation>Periode %1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meter %1</source>
        <translation>Zähler %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>address %1, %2</source>
        <translation>Adresse %1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  (%2, telegram %3, index %4)</source>
        <translation>%1  (%2, Telegramm %3, Index %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The record moved or the meter changed: %1</source>
        <translation>Der Datensatz hat sich verschoben oder der Zähler wurde getauscht: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ReaddressDialog</name>
    <message>
        <location filename="../ui/meter/MeterSettingsDialogs.cpp" line="+11"/>
        <source>Set primary address</source>
        <translation>Primäradresse setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set address</source>
        <translation>Adresse setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New primary address:</source>
        <translation>Neue Primäradresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter is selected by its secondary address and told its new primary address (SND_UD, CI 0x51), then read at the new address to prove it. The project&apos;s meter and its bindings follow, as one step you can undo.</source>
        <translation>Der Zähler wird über seine Sekundäradresse ausgewählt, erhält seine neue Primäradresse (SND_UD, CI 0x51) und wird zur Kontrolle auf der neuen Adresse gelesen. Der Zähler im Projekt und seine Bindungen folgen in einem Schritt, der sich rückgängig machen lässt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type an address from 1 to 250.</source>
        <translation>Geben Sie eine Adresse von 1 bis 250 ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is no primary address for a meter: use 1 to 250 (0 is the factory default, 251 to 255 are reserved).</source>
        <translation>%1 ist keine Primäradresse für einen Zähler: verwenden Sie 1 bis 250 (0 ist die Werkseinstellung, 251 bis 255 sind reserviert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter is at %1 already.</source>
        <translation>Der Zähler ist bereits auf %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1 uses address %2 in this project; two meters on one address collide.</source>
        <translation>Warnung: %1 verwendet in diesem Projekt die Adresse %2; zwei Zähler auf einer Adresse kollidieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another meter</source>
        <translation>ein anderer Zähler</translation>
    </message>
</context>
<context>
    <name>mbus::ui::RecentFiles</name>
    <message>
        <location filename="../ui/window/RecentFiles.cpp" line="+14"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
<context>
    <name>mbus::ui::RecordTableModel</name>
    <message>
        <location filename="../ui/meter/RecordTableModel.cpp" line="+78"/>
        <source>instantaneous</source>
        <translation>momentan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>during error</source>
        <translation>während Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer data</source>
        <translation>Herstellerdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer data, more follows</source>
        <translation>Herstellerdaten, weitere folgen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>As sent: %1</source>
        <translation>Wie gesendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bound to tag %1</source>
        <translation>An Tag %1 gebunden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Telegram</source>
        <translation>Telegramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subunit</source>
        <translation>Untereinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bound tag</source>
        <translation>Gebundener Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw bytes</source>
        <translation>Rohbytes</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ReportPage</name>
    <message>
        <location filename="../ui/commission/ReportPage.cpp" line="+17"/>
        <source>Commissioning report</source>
        <translation>Inbetriebnahmeprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every meter with its addresses before and after, the line settings and what is left to do.</source>
        <translation>Alle Zähler mit ihren Adressen vorher und nachher, die Übertragungsparameter und was noch zu tun bleibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save report…</source>
        <translation>Protokoll speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Connection: %1 (%2)</source>
        <translation>Verbindung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line settings: %1</source>
        <translation>Übertragungsparameter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meters surveyed: %1; moved to a new address: %2; not answering: %3</source>
        <translation>Erfasste Zähler: %1; umadressiert: %2; ohne Antwort: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No survey yet: the report lists the meters once the bus was surveyed (page &quot;Meters and addresses&quot;).</source>
        <translation>Noch keine Erfassung: das Protokoll listet die Zähler, sobald der Bus erfasst wurde (Seite „Zähler und Adressen“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ReportPrinter</name>
    <message>
        <location filename="../ui/commission/ReportPrinter.cpp" line="+28"/>
        <source>cannot write the report %1: the file name must end in .pdf, .csv, .html or .htm</source>
        <translation>das Protokoll %1 kann nicht geschrieben werden: der Dateiname muss auf .pdf, .csv, .html oder .htm enden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML document (*.html *.htm)</source>
        <translation>HTML-Dokument (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Print commissioning report</source>
        <translation>Inbetriebnahmeprotokoll drucken</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Save commissioning report</source>
        <translation>Inbetriebnahmeprotokoll speichern</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ScanDialog</name>
    <message>
        <location filename="../ui/scan/ScanDialog.cpp" line="+32"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scan the bus of &quot;%1&quot;</source>
        <translation>Bus von „%1“ scannen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary scan</source>
        <translation>Primärscan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary search</source>
        <translation>Sekundärsuche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to project</source>
        <translation>Zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The connection &quot;%1&quot; is disabled: enable it in the project to scan its bus.</source>
        <translation>Die Verbindung „%1“ ist deaktiviert: aktivieren Sie sie im Projekt, um ihren Bus zu scannen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear results</source>
        <translation>Ergebnisse löschen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Repeats per address after a timeout or a checksum error. 1 helps on a noisy line; every empty address then costs twice the time.</source>
        <translation>Wiederholungen pro Adresse nach einem Timeout oder Prüfsummenfehler. 1 hilft auf einer gestörten Leitung; jede leere Adresse kostet dann doppelt so viel Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also ask the broadcast address 254</source>
        <translation>Auch die Broadcast-Adresse 254 abfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every meter answers 254: one answer names the only meter on the bus, several answers collide.</source>
        <translation>Jeder Zähler antwortet auf 254: eine Antwort nennt den einzigen Zähler am Bus, mehrere Antworten kollidieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First address:</source>
        <translation>Erste Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last address:</source>
        <translation>Letzte Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>16 hex digits: identification (8), manufacturer (4), version (2), medium (2). F is a wildcard digit; FFFF, FF and FF leave manufacturer, version and medium open. 6700FFFFFFFFFFFF finds the meters whose identification starts with 6700.</source>
        <translation>16 Hex-Ziffern: Identifikation (8), Hersteller (4), Version (2), Medium (2). F ist eine Platzhalterziffer; FFFF, FF und FF lassen Hersteller, Version und Medium offen. 6700FFFFFFFFFFFF findet die Zähler, deren Identifikation mit 6700 beginnt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mask:</source>
        <translation>Maske:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%v of %m addresses</source>
        <translation>%v von %m Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanning addresses %1 to %2...</source>
        <translation>Adressen %1 bis %2 werden gescannt...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching %1...</source>
        <translation>Suche %1...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping...</source>
        <translation>Wird gestoppt...</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Address %1 asked; %2</source>
        <translation>Adresse %1 abgefragt; %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selecting %1 (selections so far: %2); %3</source>
        <translation>Auswahl %1 (bisher %2 Auswahlen); %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped after %1, the link failed: %2</source>
        <translation>Nach %1 gestoppt, die Verbindung ist ausgefallen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped after %1</source>
        <translation>Nach %1 gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, selections: %1</source>
        <translation>, Auswahlen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location line="+14"/>
        <source>Elapsed: %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The connection &quot;%1&quot; was removed or disabled: the scan ended.</source>
        <translation>Die Verbindung „%1“ wurde entfernt oder deaktiviert: Der Scan ist beendet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a primary address (0..250)</source>
        <translation>%1 ist keine Primäradresse (0..250)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first address is above the last.</source>
        <translation>Die erste Adresse liegt über der letzten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mask needs all 16 hex digits (it has %1).</source>
        <translation>Die Maske braucht alle 16 Hex-Ziffern (sie hat %1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Two chosen meters share address %1: add one, give the other its own address, and scan again.</source>
        <translation>Zwei gewählte Zähler teilen sich die Adresse %1: fügen Sie einen hinzu, geben Sie dem anderen eine eigene Adresse und scannen Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collisions, errors and meters already in the project cannot be added.</source>
        <translation>Kollisionen, Fehler und Zähler, die schon im Projekt sind, können nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meters to add: %1</source>
        <translation>Hinzuzufügende Zähler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the meters to add to the project.</source>
        <translation>Wählen Sie die Zähler, die dem Projekt hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>meters found: %1</source>
        <translation>gefundene Zähler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, collisions: %1</source>
        <translation>, Kollisionen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, errors: %1</source>
        <translation>, Fehler: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ScanResultsModel</name>
    <message>
        <location filename="../ui/scan/ScanResultsModel.cpp" line="+24"/>
        <source>meter %1</source>
        <translation>Zähler %1</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 %2 %3</source>
        <comment>proposed meter name: manufacturer, medium, identification</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Found, but it sends no data (%1): check its wake-up and read settings</source>
        <translation>Gefunden, sendet aber keine Daten (%1): Weckruf- und Leseeinstellungen prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found; another meter answers on this address too</source>
        <translation>Gefunden; auf dieser Adresse antwortet auch ein anderer Zähler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collision: two or more meters answer</source>
        <translation>Kollision: zwei oder mehr Zähler antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collision: meters that no selection tells apart</source>
        <translation>Kollision: Zähler, die keine Auswahl unterscheidet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in project as &quot;%1&quot;</source>
        <translation>im Projekt als „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address taken by &quot;%1&quot;</source>
        <translation>Adresse belegt durch „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no primary address: read it by secondary address</source>
        <translation>keine Primäradresse: über die Sekundäradresse lesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (broadcast)</source>
        <translation>%1 (Broadcast)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Several meters share this address: give all but one another address (by secondary address), or search by secondary address to tell them apart.</source>
        <translation>Mehrere Zähler teilen sich diese Adresse: geben Sie allen außer einem eine andere Adresse (über die Sekundäradresse) oder suchen Sie über die Sekundäradresse, um sie zu unterscheiden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary address</source>
        <translation>Sekundäradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>mbus::ui::SurveyTableModel</name>
    <message>
        <location filename="../ui/commission/SurveyTableModel.cpp" line="+86"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another meter answers at address %1 too: their answers collide.</source>
        <translation>Auf Adresse %1 antwortet noch ein weiterer Zähler: ihre Antworten kollidieren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Secondary address</source>
        <translation>Sekundäradresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address now</source>
        <translation>Aktuelle Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TagRenameQuestion</name>
    <message>
        <location filename="../ui/commission/TagRenameQuestion.cpp" line="+13"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename tags</source>
        <translation>Tags umbenennen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tag(s) name the old address of a meter that moved:
%1

Rename them to the new address? The tags in Faceplate must then have the new names.</source>
        <translation>
            <numerusform>%n Tag nennt die alte Adresse eines verschobenen Zählers:
%1

Auf die neue Adresse umbenennen? Der Tag in Faceplate muss dann den neuen Namen tragen.</numerusform>
            <numerusform>%n Tags nennen die alte Adresse eines verschobenen Zählers:
%1

Auf die neue Adresse umbenennen? Die Tags in Faceplate müssen dann die neuen Namen tragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrafficLogModel</name>
    <message>
        <location filename="../ui/traffic/TrafficLogModel.cpp" line="+95"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dir</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrafficLogView</name>
    <message>
        <location filename="../ui/traffic/TrafficLogView.cpp" line="+36"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary address of the frames to show (0..255); empty: all</source>
        <translation>Primäradresse der angezeigten Telegramme (0..255); leer: alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording; what was recorded stays</source>
        <translation>Aufzeichnung anhalten; Aufgezeichnetes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected frames, or all shown, as text</source>
        <translation>Die gewählten Frames oder alle angezeigten als Text kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every frame the log holds (the last %1, whatever the filter shows) to a text file for support</source>
        <translation>Jeden Frame des Protokolls (die letzten %1, unabhängig vom Filter) für den Support in eine Textdatei speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded frame</source>
        <translation>Alle aufgezeichneten Frames entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 of %2 frames</source>
        <translation>%1 von %2 Frames</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>Save traffic log</source>
        <translation>Datenverkehrsprotokoll speichern</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::Translations</name>
    <message>
        <location filename="../ui/window/Translations.cpp" line="+24"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language takes effect when M-Bus Workbench starts again. Restart now?</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von M-Bus Workbench. Jetzt neu starten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrendAxes</name>
    <message>
        <location filename="../ui/trend/TrendAxes.cpp" line="+126"/>
        <source>(no unit)</source>
        <translation>(ohne Einheit)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrendCsv</name>
    <message>
        <location filename="../ui/trend/TrendCsv.cpp" line="+54"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrendToolbar</name>
    <message>
        <location filename="../ui/trend/TrendToolbar.cpp" line="+16"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest values in view; dragging or zooming the trend pauses</source>
        <translation>Die neuesten Werte im Blick behalten; Ziehen oder Zoomen des Trends pausiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time span shown while following</source>
        <translation>Angezeigte Zeitspanne beim Folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8 hours</source>
        <translation>8 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the trend as it is shown as a picture</source>
        <translation>Den Trend so, wie er angezeigt wird, als Bild speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every recorded sample of the trend&apos;s tags</source>
        <translation>Jeden aufgezeichneten Messwert der Trend-Tags speichern</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrendView</name>
    <message>
        <location filename="../ui/trend/TrendTimeAxis.cpp" line="+30"/>
        <source>Local time, %1</source>
        <translation>Ortszeit, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../ui/trend/TrendView.cpp" line="+175"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../ui/trend/TrendViewExport.cpp" line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export trend as PNG</source>
        <translation>Trend als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PNG</source>
        <translation>PNG-Export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export trend as CSV</source>
        <translation>Trend als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export CSV</source>
        <translation>CSV-Export</translation>
    </message>
</context>
<context>
    <name>mbus::ui::WakeUpEditor</name>
    <message>
        <location filename="../ui/project/WakeUpEditor.cpp" line="-24"/>
        <source>Wake-up</source>
        <translation>Aufwecken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application reset before reading</source>
        <translation>Anwendungsreset vor dem Auslesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0x55 characters sent at the bus rate before the read, for battery meters and optical heads that sleep (about 2.2 s: 528 at 2400 Bd); 0 = none</source>
        <translation>0x55-Zeichen, die vor dem Auslesen mit der Busgeschwindigkeit gesendet werden, für schlafende Batteriezähler und optische Köpfe (etwa 2,2 s: 528 bei 2400 Bd); 0 = keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Some meters send the wanted telegram only after an application reset (CI 0x50)</source>
        <translation>Manche Zähler senden das gewünschte Telegramm erst nach einem Anwendungsreset (CI 0x50)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Added to every answer window of the read, for meters slower than EN 13757-2 allows</source>
        <translation>Wird bei der Auslesung zu jedem Antwortfenster addiert, für Zähler, die langsamer sind, als EN 13757-2 erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preamble (characters)</source>
        <translation>Präambel (Zeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra answer margin (ms)</source>
        <translation>Zusätzliche Antwortreserve (ms)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>as connection (%1)</source>
        <translation>wie Verbindung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as connection (%1 ms)</source>
        <translation>wie Verbindung (%1 ms)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>As the connection: %1</source>
        <translation>Wie die Verbindung: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reset</source>
        <translation>mit Reset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reset</source>
        <translation>ohne Reset</translation>
    </message>
</context>
</TS>
