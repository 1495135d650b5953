<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench/main.cpp" line="+54"/>
        <source>Configurator and live monitor for wired M-Bus meters</source>
        <translation>Конфигуратор и монитор проводных счётчиков M-Bus в реальном времени</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project file to open (*.mbwproj)</source>
        <translation>Файл проекта для открытия (*.mbwproj)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo project on the simulated bus</source>
        <translation>Открыть демонстрационный проект на симулированной шине</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit as soon as the window is shown (benchmarks)</source>
        <translation>Выйти сразу после показа окна (тесты производительности)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of the window to FILE and quit</source>
        <translation>Сохранить снимок окна в FILE и выйти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milliseconds before the picture (default 15000)</source>
        <translation>Миллисекунды до снимка (по умолчанию 15000)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
</context>
<context>
    <name>mbus::AtomicFile</name>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="+13"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: %2 (the previous file is unchanged)</source>
        <translation>не удаётся записать %1: %2 (прежний файл не изменён)</translation>
    </message>
</context>
<context>
    <name>mbus::Error</name>
    <message>
        <location filename="../core/common/Error.cpp" line="+15"/>
        <source> (at byte %1)</source>
        <translation> (в байте %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No error</source>
        <translation>Нет ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty input: no bytes to decode</source>
        <translation>Пустой ввод: нет байтов для декодирования</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a frame start: %1 is none of E5, 10 or 68</source>
        <translation>Не начало кадра: %1 — не E5, не 10 и не 68</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length field L = %1 is below the minimum of 3</source>
        <translation>Поле длины L = %1 меньше минимума 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length fields differ: L = %1, repeated L = %2</source>
        <translation>Поля длины различаются: L = %1, повтор L = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second start byte missing: expected 0x68, found %1</source>
        <translation>Нет второго стартового байта: ожидался 0x68, получен %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame truncated: %1 bytes needed, %2 present</source>
        <translation>Кадр обрезан: нужно байтов: %1, есть: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected bytes after the frame (%1 bytes)</source>
        <translation>Лишние байты после кадра (байтов: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checksum error: expected %1, found %2</source>
        <translation>Ошибка контрольной суммы: ожидалось %1, получено %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop byte missing: expected 0x16, found %1</source>
        <translation>Нет стоп-байта: ожидался 0x16, получен %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame carries no application data</source>
        <translation>Кадр не содержит прикладных данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported CI field %1</source>
        <translation>Неподдерживаемое поле CI %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data header truncated: %1 bytes needed, %2 present</source>
        <translation>Заголовок данных обрезан: нужно байтов: %1, есть: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premature end of record: DIF extension expected</source>
        <translation>Преждевременный конец записи: ожидалось расширение DIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved special function DIF %1</source>
        <translation>Зарезервированный DIF специальной функции %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 DIF extensions in one record</source>
        <translation>Более %1 расширений DIF в одной записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premature end of record: VIF or VIF extension expected</source>
        <translation>Преждевременный конец записи: ожидался VIF или расширение VIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 VIF extensions in one record</source>
        <translation>Более %1 расширений VIF в одной записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain-text unit truncated: %1 characters announced, %2 present</source>
        <translation>Текстовая единица обрезана: объявлено символов: %1, есть: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premature end of record: %1 data bytes needed, %2 present</source>
        <translation>Преждевременный конец записи: нужно байтов данных: %1, есть: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable-length data with reserved length byte %1</source>
        <translation>Данные переменной длины с зарезервированным байтом длины %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed data structure truncated: %1 bytes needed, %2 present</source>
        <translation>Фиксированная структура данных обрезана: нужно байтов: %1, есть: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not hexadecimal input</source>
        <translation>Ввод не в шестнадцатеричном виде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value does not fit the record&apos;s data field</source>
        <translation>Значение не помещается в поле данных записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown error</source>
        <translation>Неизвестная ошибка</translation>
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
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum error</source>
        <translation>Ошибка контрольной суммы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collision</source>
        <translation>Коллизия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framing error</source>
        <translation>Ошибка кадрирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected frame</source>
        <translation>Неожиданный кадр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port error</source>
        <translation>Ошибка порта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost</source>
        <translation>Соединение потеряно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid request</source>
        <translation>Недопустимый запрос</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>address %1</source>
        <translation>адрес %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the selected meter</source>
        <translation>выбранный счётчик</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The port %1</source>
        <translation>Порт %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer from %1 after one try</source>
        <translation>Нет ответа от %1 после одной попытки</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No answer from %1 after %n tries</source>
        <translation>
            <numerusform>Нет ответа (%1) после %n попытки</numerusform>
            <numerusform>Нет ответа (%1) после %n попыток</numerusform>
            <numerusform>Нет ответа (%1) после %n попыток</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from %1</source>
        <translation>Нет ответа (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the baud rate (is the meter at %1 Bd?)</source>
        <translation>скорость (работает ли счётчик на %1 бод?)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the baud rate</source>
        <translation>скорость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: check the address, %2 and the wiring.</source>
        <translation>%1: проверьте адрес, %2 и проводку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers from %1 were damaged (%2): check for two meters on one address, line noise and the parity (M-Bus uses 8E1).</source>
        <translation>Ответы (%1) повреждены (%2): проверьте, нет ли двух счётчиков на одном адресе и помех на линии, и проверьте чётность (M-Bus использует 8E1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several meters answered at %1 at once: two meters share this address. Give one of them another address (the commissioning assistant finds them by secondary address).</source>
        <translation>Несколько счётчиков ответили одновременно (%1): у двух счётчиков один адрес. Задайте одному из них другой адрес (мастер ввода в эксплуатацию находит их по вторичному адресу).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gave an answer that does not fit the request (%2): check that the device there is the meter you expect.</source>
        <translation>Ответ (%1) не соответствует запросу (%2): проверьте, что там именно тот счётчик, который вы ожидаете.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2. Check that the adapter is plugged in and that no other program uses the port.</source>
        <translation>%1: ошибка: %2. Проверьте, что адаптер подключён и порт не занят другой программой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dropped the connection%2: check the network and that the gateway accepts one client at a time.</source>
        <translation>%1 разорвал соединение%2: проверьте сеть и то, что шлюз принимает только одного клиента одновременно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The gateway %1</source>
        <translation>Шлюз %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request to %1 cannot be sent: %2.</source>
        <translation>Запрос (%1) не может быть отправлен: %2.</translation>
    </message>
</context>
<context>
    <name>mbus::bus::LineDetector</name>
    <message>
        <location filename="../core/bus/LineDetector.cpp" line="+14"/>
        <source>the port cannot be used: %1</source>
        <translation>порт недоступен: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing answered</source>
        <translation>никто не ответил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise (%1 bytes), no valid frame</source>
        <translation>помехи (байтов: %1), нет правильного кадра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid answers</source>
        <translation>правильные ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E5 to SND_NKE 254</source>
        <translation>E5 на SND_NKE 254</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several meters answer REQ_UD2 254 at once</source>
        <translation>несколько счётчиков одновременно отвечают на REQ_UD2 254</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSP_UD from %1</source>
        <translation>RSP_UD от %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes of noise</source>
        <translation>помехи, байтов: %1</translation>
    </message>
</context>
<context>
    <name>mbus::commission</name>
    <message>
        <location filename="../core/commission/AddressPlan.cpp" line="+47"/>
        <source>%1 did not answer when selected: its primary address is unknown, so it is left as it is</source>
        <translation>Счётчик %1 не ответил при выборе: его первичный адрес неизвестен, поэтому он остаётся без изменений</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>factory address 0</source>
        <translation>заводской адрес 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address %1 is outside %2..%3</source>
        <translation>адрес %1 вне диапазона %2..%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shares address %1 with %2</source>
        <translation>тот же адрес %1, что и у %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No free address left in %1..%2 for %3</source>
        <translation>В диапазоне %1..%2 не осталось свободного адреса для %3</translation>
    </message>
</context>
<context>
    <name>mbus::commission::BaudSwitcher</name>
    <message>
        <location filename="../core/commission/BaudSwitcher.cpp" line="+92"/>
        <source>Switching %1 from %2 to %3 Bd</source>
        <translation>%1: переключение с %2 на %3 бод</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>failed: %1</source>
        <translation>не удалось: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>answers at %1 Bd</source>
        <translation>отвечает на %1 бод</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>did not switch: still answers at %1 Bd, not at %2 Bd</source>
        <translation>не переключился: по-прежнему отвечает на %1 бод, а не на %2 бод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the switch command: %1)</source>
        <translation> (команда переключения: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers at neither %1 nor %2 Bd: %3</source>
        <translation>не отвечает ни на %1, ни на %2 бод: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: switched back, %2</source>
        <translation>%1: переключён обратно, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not every meter switched: switching the others back to %1 Bd</source>
        <translation>Переключились не все счётчики: остальные переключаются обратно на %1 бод</translation>
    </message>
</context>
<context>
    <name>mbus::commission::BusSurvey</name>
    <message>
        <location filename="../core/commission/BusSurvey.cpp" line="+54"/>
        <source>The connection is closed</source>
        <translation>Соединение закрыто</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Searching %1 (%n selection(s))</source>
        <translation>
            <numerusform>Поиск %1 (%n выбор)</numerusform>
            <numerusform>Поиск %1 (%n выбора)</numerusform>
            <numerusform>Поиск %1 (%n выборов)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching by secondary address</source>
        <translation>Поиск по вторичному адресу</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading %1 (%2 of %3)</source>
        <translation>Чтение %1 (%2 из %3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no data header in its answer</source>
        <translation>в ответе нет заголовка данных</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read failed: %1</source>
        <translation>чтение не удалось: %1</translation>
    </message>
</context>
<context>
    <name>mbus::commission::CommissioningReport</name>
    <message>
        <location filename="../core/commission/ReportFile.cpp" line="+19"/>
        <source>cannot write the report %1: the file name must end in .csv, .html or .htm</source>
        <translation>не удаётся записать протокол %1: имя файла должно оканчиваться на .csv, .html или .htm</translation>
    </message>
    <message>
        <location filename="../core/commission/ReportHtml.cpp" line="+32"/>
        <source>Commissioning report</source>
        <translation>Протокол ввода в эксплуатацию</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commissioning report: %1</source>
        <translation>Протокол ввода в эксплуатацию: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connection</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Канал связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/commission/ReportTable.cpp" line="+26"/>
        <source>Line settings</source>
        <translation>Параметры линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Meters</source>
        <translation>Счётчики</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n meter(s)</source>
        <translation>
            <numerusform>%n счётчик</numerusform>
            <numerusform>%n счётчика</numerusform>
            <numerusform>%n счётчиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n переадресован</numerusform>
            <numerusform>%n переадресованы</numerusform>
            <numerusform>%n переадресовано</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Highlighted rows: the meter was given a new primary address.</source>
        <translation>Выделенные строки: счётчику присвоен новый первичный адрес.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../core/commission/ReportTable.cpp" line="-8"/>
        <source>Secondary address</source>
        <translation>Вторичный адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary before</source>
        <translation>Первичный адрес до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary after</source>
        <translation>Первичный адрес после</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud before</source>
        <translation>Скорость до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud after</source>
        <translation>Скорость после</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
</context>
<context>
    <name>mbus::commission::PlanRunner</name>
    <message>
        <location filename="../core/commission/PlanRunner.cpp" line="+31"/>
        <source>Setting %1 from address %2 to %3</source>
        <translation>%1: смена адреса с %2 на %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kept at %1 (move to %2 skipped)</source>
        <translation>оставлен на адресе %1 (переадресация на %2 пропущена)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>failed: %1</source>
        <translation>не удалось: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>moved from %1 to %2, verified</source>
        <translation>переадресован с %1 на %2, проверено</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>another meter answers at %1</source>
        <translation>по адресу %1 отвечает другой счётчик</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1; the set command: %2</source>
        <translation>%1; команда установки адреса: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: not found at %1 after setting it (%2)</source>
        <translation>не удалось: после установки не найден по адресу %1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reads at %1</source>
        <translation>читается по адресу %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept at %1, verified</source>
        <translation>оставлен на адресе %1, проверено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not read at %1: %2</source>
        <translation>не читается по адресу %1: %2</translation>
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
        <translation>любая</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+52"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Oil</source>
        <translation>Нефть</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Electricity</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Gas</source>
        <translation>Газ</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Heat (outlet)</source>
        <translation>Тепло (обратный трубопровод)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Steam</source>
        <translation>Пар</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Warm water (30-90 °C)</source>
        <translation>Тёплая вода (30-90 °C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Heat cost allocator</source>
        <translation>Распределитель стоимости тепла</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Compressed air</source>
        <translation>Сжатый воздух</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling load meter (outlet)</source>
        <translation>Счётчик холода (обратный трубопровод)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling load meter (inlet)</source>
        <translation>Счётчик холода (подающий трубопровод)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat (inlet)</source>
        <translation>Тепло (подающий трубопровод)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat / cooling load meter</source>
        <translation>Счётчик тепла / холода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus / system component</source>
        <translation>Компонент шины / системы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown medium</source>
        <translation>Неизвестная среда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irrigation water</source>
        <translation>Вода для полива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water data logger</source>
        <translation>Регистратор данных (вода)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas data logger</source>
        <translation>Регистратор данных (газ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas converter</source>
        <translation>Корректор объёма газа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calorific value</source>
        <translation>Теплота сгорания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot water (&gt;= 90 °C)</source>
        <translation>Горячая вода (&gt;= 90 °C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold water</source>
        <translation>Холодная вода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual register (hot/cold) water meter</source>
        <translation>Двухрегистровый счётчик воды (горячая/холодная)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/D converter</source>
        <translation>АЦП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoke detector</source>
        <translation>Дымовой извещатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room sensor</source>
        <translation>Комнатный датчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas detector</source>
        <translation>Газовый извещатель</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaker (electricity)</source>
        <translation>Автоматический выключатель (электроэнергия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valve (gas or water)</source>
        <translation>Клапан (газ или вода)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer unit (display)</source>
        <translation>Абонентский блок (дисплей)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waste water</source>
        <translation>Сточные воды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garbage</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carbon dioxide</source>
        <translation>Углекислый газ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service unit</source>
        <translation>Сервисный блок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication controller</source>
        <translation>Контроллер связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unidirectional repeater</source>
        <translation>Однонаправленный повторитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bidirectional repeater</source>
        <translation>Двунаправленный повторитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio converter (system side)</source>
        <translation>Радиоконвертер (сторона системы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio converter (meter side)</source>
        <translation>Радиоконвертер (сторона счётчика)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>Reserved</source>
        <translation>Зарезервировано</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Heat</source>
        <translation>Тепло</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot water</source>
        <translation>Горячая вода</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gas (mode 2)</source>
        <translation>Газ (режим 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat (mode 2)</source>
        <translation>Тепло (режим 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot water (mode 2)</source>
        <translation>Горячая вода (режим 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water (mode 2)</source>
        <translation>Вода (режим 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat cost allocator (mode 2)</source>
        <translation>Распределитель стоимости тепла (режим 2)</translation>
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
        <translation>Энергия</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location filename="../core/decode/VifTables.cpp" line="-36"/>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+4"/>
        <source>Power</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/decode/VifTables.cpp" line="-54"/>
        <location line="+41"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Объём</translation>
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
        <translation>Объёмный расход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (h, min, s)</source>
        <translation>Время (ч, мин, с)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (D, M, Y)</source>
        <translation>Дата (Д, М, Г)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/decode/VifTables.cpp" line="-32"/>
        <source>HCA units</source>
        <translation>Единицы распределителя тепла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without units</source>
        <translation>Без единиц</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/decode/VifTables.h" line="+27"/>
        <source>Reserved</source>
        <translation>Зарезервировано</translation>
    </message>
    <message>
        <location filename="../core/decode/ValueInformationBlock.cpp" line="+182"/>
        <source>Plain-text unit</source>
        <translation>Текстовая единица</translation>
    </message>
    <message>
        <location filename="../core/decode/VariableDataParser.cpp" line="+21"/>
        <source>More records follow</source>
        <translation>Далее следуют записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer specific data</source>
        <translation>Данные производителя</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Global readout request</source>
        <translation>Запрос общего считывания</translation>
    </message>
    <message>
        <location filename="../core/decode/VifTables.cpp" line="-16"/>
        <location line="+42"/>
        <source>Mass</source>
        <translation>Масса</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>On time</source>
        <translation>Время включения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating time</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mass flow</source>
        <translation>Массовый расход</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Flow temperature</source>
        <translation>Температура подачи</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Return temperature</source>
        <translation>Температура обратки</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Temperature difference</source>
        <translation>Разность температур</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>External temperature</source>
        <translation>Наружная температура</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Averaging duration</source>
        <translation>Период усреднения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actuality duration</source>
        <translation>Давность значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabrication number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced identification</source>
        <translation>Расширенная идентификация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus address</source>
        <translation>Адрес на шине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any VIF</source>
        <translation>Любой VIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer specific</source>
        <translation>Специфично для производителя</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reactive energy</source>
        <translation>Реактивная энергия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power</source>
        <translation>Реактивная мощность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative humidity</source>
        <translation>Относительная влажность</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phase angle voltage to voltage</source>
        <translation>Фазовый угол напряжение–напряжение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase angle voltage to current</source>
        <translation>Фазовый угол напряжение–ток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Частота</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Cold/warm temperature limit</source>
        <translation>Граница температуры холод/тепло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative count max power</source>
        <translation>Накопленное число максимумов мощности</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Дебет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access number</source>
        <translation>Номер доступа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter set identification</source>
        <translation>Идентификатор набора параметров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model / version</source>
        <translation>Модель / версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware version</source>
        <translation>Версия аппаратуры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware version</source>
        <translation>Версия прошивки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software version</source>
        <translation>Версия ПО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer location</source>
        <translation>Местоположение абонента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access code user</source>
        <translation>Код доступа пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access code operator</source>
        <translation>Код доступа оператора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access code system operator</source>
        <translation>Код доступа системного оператора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access code developer</source>
        <translation>Код доступа разработчика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error flags</source>
        <translation>Флаги ошибок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error mask</source>
        <translation>Маска ошибок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital output</source>
        <translation>Цифровой выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital input</source>
        <translation>Цифровой вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud rate</source>
        <translation>Скорость (бод)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response delay time</source>
        <translation>Задержка ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote control</source>
        <translation>Дистанционное управление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First storage number</source>
        <translation>Первый номер архива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last storage number</source>
        <translation>Последний номер архива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of storage block</source>
        <translation>Размер блока архива</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Storage interval</source>
        <translation>Интервал архивирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator specific data</source>
        <translation>Данные оператора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time point second</source>
        <translation>Момент времени (секунда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration since last readout</source>
        <translation>Время с последнего считывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of tariff</source>
        <translation>Начало тарифа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of tariff</source>
        <translation>Длительность тарифа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Period of tariff</source>
        <translation>Период тарифа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensionless</source>
        <translation>Безразмерная величина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage</source>
        <translation>Напряжение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Ток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset counter</source>
        <translation>Счётчик сбросов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulation counter</source>
        <translation>Счётчик накоплений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control signal</source>
        <translation>Управляющий сигнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of week</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week number</source>
        <translation>Номер недели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time point of day change</source>
        <translation>Момент смены суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of parameter activation</source>
        <translation>Состояние активации параметров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special supplier information</source>
        <translation>Специальная информация поставщика</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Duration since last cumulation</source>
        <translation>Время с последнего накопления</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Operating time battery</source>
        <translation>Время работы батареи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time of battery change</source>
        <translation>Дата и время замены батареи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RF level</source>
        <translation>Уровень радиосигнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daylight saving</source>
        <translation>Летнее время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening window management</source>
        <translation>Управление окном приёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Remaining battery life</source>
        <translation>Оставшийся ресурс батареи</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Number of times the meter was stopped</source>
        <translation>Число остановок счётчика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer specific data container</source>
        <translation>Контейнер данных производителя</translation>
    </message>
</context>
<context>
    <name>mbus::decode::Status</name>
    <message>
        <location filename="../core/decode/DataHeader.cpp" line="+7"/>
        <source>binary counters</source>
        <translation>двоичные счётчики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCD counters</source>
        <translation>BCD-счётчики</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stored values</source>
        <translation>сохранённые значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual values</source>
        <translation>текущие значения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>application busy</source>
        <translation>приложение занято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>application error</source>
        <translation>ошибка приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abnormal condition</source>
        <translation>нештатное состояние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>power low</source>
        <translation>низкое питание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permanent error</source>
        <translation>постоянная ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temporary error</source>
        <translation>временная ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manufacturer flags 0x%1</source>
        <translation>флаги производителя 0x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>в норме</translation>
    </message>
</context>
<context>
    <name>mbus::decode::Vife</name>
    <message>
        <location filename="../core/decode/CombinableVife.cpp" line="+21"/>
        <source>lower limit value</source>
        <translation>нижнее предельное значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper limit value</source>
        <translation>верхнее предельное значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of exceeds of lower limit</source>
        <translation>число выходов за нижний предел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of exceeds of upper limit</source>
        <translation>число превышений верхнего предела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date of begin of first lower limit exceed</source>
        <translation>дата начала первого выхода за нижний предел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of first lower limit exceed</source>
        <translation>дата окончания первого выхода за нижний предел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of begin of last lower limit exceed</source>
        <translation>дата начала последнего выхода за нижний предел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of last lower limit exceed</source>
        <translation>дата окончания последнего выхода за нижний предел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of begin of first upper limit exceed</source>
        <translation>дата начала первого превышения верхнего предела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of first upper limit exceed</source>
        <translation>дата окончания первого превышения верхнего предела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of begin of last upper limit exceed</source>
        <translation>дата начала последнего превышения верхнего предела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of last upper limit exceed</source>
        <translation>дата окончания последнего превышения верхнего предела</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duration of first lower limit exceed</source>
        <translation>длительность первого выхода за нижний предел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration of last lower limit exceed</source>
        <translation>длительность последнего выхода за нижний предел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration of first upper limit exceed</source>
        <translation>длительность первого превышения верхнего предела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration of last upper limit exceed</source>
        <translation>длительность последнего превышения верхнего предела</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duration of last occurrence</source>
        <translation>длительность последнего события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration of first occurrence</source>
        <translation>длительность первого события</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date of begin of first occurrence</source>
        <translation>дата начала первого события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of first occurrence</source>
        <translation>дата окончания первого события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of begin of last occurrence</source>
        <translation>дата начала последнего события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of end of last occurrence</source>
        <translation>дата окончания последнего события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value during lower limit exceed</source>
        <translation>значение при выходе за нижний предел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leakage values</source>
        <translation>значения утечки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value during upper limit exceed</source>
        <translation>значение при превышении верхнего предела</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reserved VIFE</source>
        <translation>зарезервированный VIFE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>average value</source>
        <translation>среднее значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inverse compact profile</source>
        <translation>инверсный компактный профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative deviation</source>
        <translation>относительное отклонение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard conform data content</source>
        <translation>данные по стандарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compact profile with register numbers</source>
        <translation>компактный профиль с номерами регистров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compact profile</source>
        <translation>компактный профиль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per second</source>
        <translation>в секунду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per minute</source>
        <translation>в минуту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per hour</source>
        <translation>в час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>в сутки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>в неделю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>в год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per revolution</source>
        <translation>на оборот</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>increment per input pulse on channel 0</source>
        <translation>приращение на входной импульс канала 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>increment per input pulse on channel 1</source>
        <translation>приращение на входной импульс канала 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>increment per output pulse on channel 0</source>
        <translation>приращение на выходной импульс канала 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>increment per output pulse on channel 1</source>
        <translation>приращение на выходной импульс канала 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per litre</source>
        <translation>на литр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per m^3</source>
        <translation>на м^3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per kg</source>
        <translation>на кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per K</source>
        <translation>на К</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per kWh</source>
        <translation>на кВт·ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per GJ</source>
        <translation>на ГДж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per kW</source>
        <translation>на кВт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per K*l</source>
        <translation>на К·л</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per V</source>
        <translation>на В</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per A</source>
        <translation>на А</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>multiplied by s</source>
        <translation>умножено на с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiplied by s/V</source>
        <translation>умножено на с/В</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiplied by s/A</source>
        <translation>умножено на с/А</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date of</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value in uncorrected unit</source>
        <translation>значение в нескорректированных единицах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulation only of positive contributions</source>
        <translation>накопление только положительных вкладов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulation of absolute value only of negative contributions</source>
        <translation>накопление модуля только отрицательных вкладов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alternate non-metric unit system</source>
        <translation>альтернативная неметрическая система единиц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value at base conditions</source>
        <translation>значение при базовых условиях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBIS declaration</source>
        <translation>объявление OBIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrected by multiplicative factor</source>
        <translation>скорректировано множителем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected by additive constant</source>
        <translation>скорректировано аддитивной константой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension</source>
        <translation>расширение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected by multiplicative factor 1000</source>
        <translation>скорректировано множителем 1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>future value</source>
        <translation>будущее значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer specific</source>
        <translation>специфично для производителя</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no error</source>
        <translation>нет ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many DIFEs</source>
        <translation>слишком много DIFE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage number not implemented</source>
        <translation>номер архива не поддерживается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit number not implemented</source>
        <translation>номер подустройства не поддерживается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tariff number not implemented</source>
        <translation>номер тарифа не поддерживается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function not implemented</source>
        <translation>функция не поддерживается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data class not implemented</source>
        <translation>класс данных не поддерживается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data size not implemented</source>
        <translation>размер данных не поддерживается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many VIFEs</source>
        <translation>слишком много VIFE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illegal VIF group</source>
        <translation>недопустимая группа VIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illegal VIF exponent</source>
        <translation>недопустимая экспонента VIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIF/DIF mismatch</source>
        <translation>несоответствие VIF/DIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unimplemented action</source>
        <translation>нереализованное действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data available</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data overflow</source>
        <translation>переполнение данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data underflow</source>
        <translation>потеря значимости данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data error</source>
        <translation>ошибка данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premature end of record</source>
        <translation>преждевременный конец записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved error code</source>
        <translation>зарезервированный код ошибки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phase L1</source>
        <translation>фаза L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L2</source>
        <translation>фаза L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L3</source>
        <translation>фаза L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral conductor</source>
        <translation>нейтральный проводник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L1-L2</source>
        <translation>фаза L1-L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L2-L3</source>
        <translation>фаза L2-L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase L3-L1</source>
        <translation>фаза L3-L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delta between import and export</source>
        <translation>разность между импортом и экспортом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accumulation of absolute value of positive and negative contributions</source>
        <translation>накопление модуля положительных и отрицательных вкладов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved extension VIFE</source>
        <translation>зарезервированный VIFE расширения</translation>
    </message>
    <message>
        <location filename="../core/decode/RecordText.cpp" line="+94"/>
        <source>manufacturer specific VIFE 0x%1</source>
        <translation>VIFE производителя 0x%1</translation>
    </message>
</context>
<context>
    <name>mbus::engine::BindingProposal</name>
    <message>
        <location filename="../core/engine/BindingProposal.cpp" line="+19"/>
        <source>no such record</source>
        <translation>нет такой записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already bound as %1</source>
        <translation>уже привязана как %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked twice</source>
        <translation>выбрана дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record carries no value</source>
        <translation>запись не содержит значения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (maximum)</source>
        <translation> (максимум)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (minimum)</source>
        <translation> (минимум)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (during error)</source>
        <translation> (при ошибке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, storage %1</source>
        <translation>, архив %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, tariff %1</source>
        <translation>, тариф %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, subunit %1</source>
        <translation>, подустройство %1</translation>
    </message>
</context>
<context>
    <name>mbus::frametext::TrafficAnnotation</name>
    <message>
        <location filename="../core/frametext/TrafficAnnotation.cpp" line="+25"/>
        <source>garbled 1 byte</source>
        <translation>искажён 1 байт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>garbled %1 bytes</source>
        <translation>искажено байтов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken frame: %1</source>
        <translation>повреждённый кадр: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete frame: %1 of %2 bytes</source>
        <translation>неполный кадр: %1 из %2 байт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>echo of %1</source>
        <translation>эхо %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 record</source>
        <translation>1 запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 records</source>
        <translation>записей: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> select %1</source>
        <translation> выбор %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> application reset, subcode %1</source>
        <translation> сброс приложения, подкод %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> application reset</source>
        <translation> сброс приложения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> switch to %1 Bd</source>
        <translation> переключение на %1 бод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> data send, %1</source>
        <translation> передача данных, %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> id %1</source>
        <translation> ID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, access %1</source>
        <translation>, доступ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, status %1</source>
        <translation>, статус %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, fixed data</source>
        <translation>, фиксированные данные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> application error: %1</source>
        <translation> ошибка приложения: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> alarm %1</source>
        <translation> тревога %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, more follows</source>
        <translation>, далее продолжение</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (decode error: %1)</source>
        <translation> (ошибка декодирования: %1)</translation>
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
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="-13"/>
        <location line="+2"/>
        <source>Baud rate</source>
        <translation>Скорость (бод)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parity</source>
        <translation>Чётность</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Data/Stop bits</source>
        <translation>Биты данных/стоповые</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP/Hostname</source>
        <translation>IP/имя хоста</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Display unit</source>
        <translation>Единица отображения</translation>
    </message>
    <message>
        <location filename="../ui/project/ChannelEditor.cpp" line="+1"/>
        <location filename="../core/project/Validation.cpp" line="-54"/>
        <location line="+5"/>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="-2"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../ui/project/WakeUpEditor.cpp" line="+36"/>
        <location filename="../core/project/Validation.cpp" line="+10"/>
        <source>Wake-up preamble</source>
        <translation>Преамбула пробуждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Extra answer margin</source>
        <translation>Дополнительное время ответа</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="+15"/>
        <location line="+84"/>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+15"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+169"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../ui/project/BindingForm.cpp" line="+76"/>
        <location filename="../core/project/Validation.cpp" line="-166"/>
        <location line="+2"/>
        <location line="+113"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="-114"/>
        <source>Telegram</source>
        <translation>Телеграмма</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../ui/project/BindingForm.cpp" line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+2"/>
        <location line="+133"/>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="-128"/>
        <source>Transformation</source>
        <translation>Преобразование</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="+6"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../ui/project/ConnectionForm.cpp" line="+71"/>
        <location filename="../core/project/Validation.cpp" line="+64"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Shutdown timeout</source>
        <translation>Таймаут остановки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Max. package length</source>
        <translation>Макс. длина пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+3"/>
        <source>Line Delay Ratio</source>
        <translation>Коэффициент задержки линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../core/project/Validation.cpp" line="+8"/>
        <source>Redundancy</source>
        <translation>Резервирование</translation>
    </message>
    <message>
        <location filename="../core/project/Validation.cpp" line="+18"/>
        <source>Secondary address</source>
        <translation>Вторичный адрес</translation>
    </message>
</context>
<context>
    <name>mbus::project::Validation</name>
    <message>
        <location line="-180"/>
        <source>no serial port given</source>
        <translation>не указан последовательный порт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an M-Bus baud rate (300..38400)</source>
        <translation>%1 — не скорость M-Bus (300..38400)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Bd: most meters answer at 2400</source>
        <translation>%1 бод: большинство счётчиков отвечает на 2400</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M-Bus uses Even parity; most meters do not answer otherwise</source>
        <translation>M-Bus использует чётность Even; иначе большинство счётчиков не отвечает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 data bits: 7 or 8</source>
        <translation>%1 бит данных: допустимо 7 или 8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stop bits: 1 or 2</source>
        <translation>%1 стоп-бит: допустимо 1 или 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no gateway address given</source>
        <translation>не указан адрес шлюза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP port %1 is outside 1..65535</source>
        <translation>TCP-порт %1 вне диапазона 1..65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms is shorter than the EN 13757-2 answer window at %2 Bd (%3 ms)</source>
        <translation>%1 мс меньше окна ответа EN 13757-2 при %2 бод (%3 мс)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is outside 1..10</source>
        <translation>%1 вне диапазона 1..10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms is longer than %2 ms: a missing meter would hold every cycle that long</source>
        <translation>%1 мс больше %2 мс: отсутствующий счётчик задерживал бы каждый цикл на это время</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 characters is outside 0..%2</source>
        <translation>число символов %1 вне диапазона 0..%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>%1 ms is outside 0..%2 ms</source>
        <translation>%1 мс вне диапазона 0..%2 мс</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>a binding needs a name</source>
        <translation>у привязки должно быть имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a binding needs a tag</source>
        <translation>у привязки должен быть тег</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is outside 1..250</source>
        <translation>%1 вне диапазона 1..250</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>address 0 is the factory default: give the meter its own address (Bus &gt; Commissioning assistant)</source>
        <translation>адрес 0 — заводской: задайте счётчику собственный адрес (Шина &gt; Мастер ввода в эксплуатацию)</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+117"/>
        <source>&quot;%1&quot; is no secondary address (16 hex digits)</source>
        <translation>«%1» — не вторичный адрес (16 шестнадцатеричных цифр)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>the scale must be a number other than 0, the offset a number</source>
        <translation>множитель должен быть числом, отличным от 0, смещение — числом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value in &quot;%1&quot; cannot be shown in &quot;%2&quot;</source>
        <translation>значение в «%1» нельзя показать в «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbench cannot write this binding: create it from a read record to give it the record&apos;s DIF and VIF</source>
        <translation>программа не может записать эту привязку: создайте её из прочитанной записи, чтобы она получила DIF и VIF записи</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>connection &quot;%1&quot;</source>
        <translation>соединение «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>binding &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>привязка «%1» соединения «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>meter %1 of &quot;%2&quot;</source>
        <translation>счётчик %1 соединения «%2»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a connection needs a name</source>
        <translation>у соединения должно быть имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another connection has this name</source>
        <translation>это имя уже носит другое соединение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms: the period must be positive</source>
        <translation>%1 мс: период должен быть положительным</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms is longer than a day (%2 ms)</source>
        <translation>%1 мс больше суток (%2 мс)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms is below 60000 ms: battery-powered meters drain when read this often</source>
        <translation>%1 мс меньше 60000 мс: счётчики с батарейным питанием разряжаются при таком частом опросе</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is outside 1..255</source>
        <translation>%1 вне диапазона 1..255</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is outside 0..100 (0 excluded)</source>
        <translation>%1 вне диапазона 0..100 (0 исключён)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (backup channel)</source>
        <translation> (резервный канал)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cycles is outside 1..%2</source>
        <translation>%1 циклов вне диапазона 1..%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is outside 0..250</source>
        <translation>%1 вне диапазона 0..250</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another meter of this connection has this address: meters sharing an address collide; the commissioning assistant gives each its own</source>
        <translation>этот адрес уже у другого счётчика этого соединения: ответы счётчиков с общим адресом дают коллизию; мастер ввода в эксплуатацию даст каждому свой</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>tag &quot;%1&quot; is bound also by %2</source>
        <translation>тег «%1» привязан также в: %2</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>%1 characters: at most %2</source>
        <translation>%1 символов: не более %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains a control character (a line break, a tab, NUL...)</source>
        <translation>содержит управляющий символ (перевод строки, табуляцию, NUL…)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: 0 for a single-telegram meter, else 1..%2</source>
        <translation>%1: 0 для счётчика с одной телеграммой, иначе 1..%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the index counts records from 0 (at most %2)</source>
        <translation>%1: индекс считает записи с 0 (не более %2)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>at most %1 characters, no control characters</source>
        <translation>не более %1 символов, без управляющих символов</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another binding of this connection has this name</source>
        <translation>это имя уже носит другая привязка этого соединения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>binding &quot;%1&quot; reads the same record (address %2, telegram %3, index %4)</source>
        <translation>привязка «%1» читает ту же запись (адрес %2, телеграмма %3, индекс %4)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::AddMeterDialog</name>
    <message>
        <location filename="../ui/project/AddMeterDialog.cpp" line="+19"/>
        <source>Add meter</source>
        <translation>Добавить счётчик</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary address (1..250)</source>
        <translation>Первичный адрес (1..250)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not a primary address: 1..250 (0 is the factory default)</source>
        <translation>%1 — не первичный адрес: 1..250 (0 — заводской)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address 0 is the factory default: every new meter answers there. Give the meter its own address with Bus &gt; Commissioning assistant.</source>
        <translation>Адрес 0 — заводской: на нём отвечает каждый новый счётчик. Задайте счётчику собственный адрес через Шина &gt; Мастер ввода в эксплуатацию.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project has meter %1 at this address already: it will be selected.</source>
        <translation>В проекте на этом адресе уже есть счётчик %1: он будет выбран.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::AddressPlanPage</name>
    <message>
        <location filename="../ui/commission/AddressPlanPage.cpp" line="+29"/>
        <source>Meters and addresses</source>
        <translation>Счётчики и адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find every meter by its secondary address, see which share a primary address, and give each its own. Each change is asked for before it is made.</source>
        <translation>Найдите все счётчики по вторичному адресу, посмотрите, у каких совпадает первичный адрес, и назначьте каждому собственный. Перед каждым изменением запрашивается подтверждение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey the bus</source>
        <translation>Опросить шину</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the meters the project knows at their address</source>
        <translation>Оставлять известные проекту счётчики на их адресах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of meters sharing an address, the one in the project keeps it; the addresses of project meters not found on the bus are not handed out.</source>
        <translation>Из счётчиков с общим адресом его сохраняет тот, что есть в проекте; адреса счётчиков проекта, не найденных на шине, другим не назначаются.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Apply next change…</source>
        <translation>Применить следующее изменение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to project</source>
        <translation>Добавить в проект</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meters found join the connection; meters of the project that moved take their new address, and their bindings with them.</source>
        <translation>Найденные счётчики добавляются в соединение; переадресованные счётчики проекта получают новый адрес вместе со своими привязками.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection is disabled: enable it in the project to survey its bus.</source>
        <translation>Соединение отключено: включите его в проекте, чтобы опросить его шину.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching the bus by secondary address…</source>
        <translation>Поиск на шине по вторичному адресу…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: meters alike in every field, cannot be told apart</source>
        <translation>%1: счётчики совпадают во всех полях, их не различить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey stopped; meters found so far: %1</source>
        <translation>Опрос остановлен; найдено счётчиков: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meter answered the secondary search: check the line settings.</source>
        <translation>Ни один счётчик не ответил на поиск по вторичному адресу: проверьте параметры линии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meters found: %1 (selections: %2)</source>
        <translation>Найдено счётчиков: %1 (выборов: %2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Every address is unique already.</source>
        <translation>Все адреса уже уникальны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes planned: %1, still to apply: %2</source>
        <translation>Запланировано изменений: %1, осталось применить: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every planned change was applied or skipped.</source>
        <translation>Все запланированные изменения применены или пропущены.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading every meter at its address…</source>
        <translation>Чтение каждого счётчика по его адресу…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change a primary address</source>
        <translation>Смена первичного адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 %2 from address %3 to %4?</source>
        <translation>Сменить адрес счётчика %1 %2 с %3 на %4?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting %1 to address %2…</source>
        <translation>%1: установка адреса %2…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped before the change of %1; the rest of the plan waits.</source>
        <translation>Остановлено перед сменой адреса %1; остальная часть плана ждёт.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Every meter reads at its own address.</source>
        <translation>Каждый счётчик читается по собственному адресу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not every meter reads at its address; shared addresses remain: %1</source>
        <translation>Не все счётчики читаются по своему адресу; остались общие адреса: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not every meter reads at its address: see the outcome column.</source>
        <translation>Не все счётчики читаются по своему адресу: см. столбец «Результат».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project knows these meters already.</source>
        <translation>Эти счётчики уже есть в проекте.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the surveyed meters into &quot;%1&quot;</source>
        <translation>Добавить опрошенные счётчики в «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meters are in the project.</source>
        <translation>Счётчики добавлены в проект.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::BaudRatePage</name>
    <message>
        <location filename="../ui/commission/BaudRatePage.cpp" line="+36"/>
        <source>Baud rate</source>
        <translation>Скорость (бод)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch one meter or the whole bus to another baud rate. Each meter acknowledges at the old rate and is read at the new one; for the whole bus, if one meter fails, all go back.</source>
        <translation>Переключите один счётчик или всю шину на другую скорость. Каждый счётчик подтверждает команду на старой скорости и читается на новой; при переключении всей шины, если хотя бы один счётчик не переключился, все возвращаются на прежнюю скорость.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Bd</source>
        <translation>%1 бод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter selected in the table</source>
        <translation>Счётчик, выбранный в таблице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every meter on the bus (the connection follows)</source>
        <translation>Все счётчики на шине (соединение переключается вслед за ними)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch</source>
        <translation>Переключить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New baud rate:</source>
        <translation>Новая скорость (бод):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch:</source>
        <translation>Переключить:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A TCP gateway&apos;s serial rate is set in the gateway: the meters can switch, the link cannot follow.</source>
        <translation>Скорость последовательного порта TCP-шлюза задаётся в самом шлюзе: счётчики переключиться могут, но канал связи за ними не последует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bus runs at %1 Bd now.</source>
        <translation>Шина сейчас работает на %1 бод.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The connection is disabled: enable it in the project to survey its bus.</source>
        <translation>Соединение отключено: включите его в проекте, чтобы обследовать его шину.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meter answered the secondary search at %1 Bd.</source>
        <translation>Ни один счётчик не ответил на поиск по вторичному адресу на %1 бод.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finding the meters on the bus first…</source>
        <translation>Сначала поиск счётчиков на шине…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not switched: the bus stays at %1 Bd.</source>
        <translation>Не переключено: шина остаётся на %1 бод.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection is disabled: enable it in the project to switch its meters.</source>
        <translation>Соединение отключено: включите его в проекте, чтобы переключить его счётчики.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud rate not switched: %1</source>
        <translation>Скорость не переключена: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switching to %1 Bd…</source>
        <translation>Переключение на %1 бод…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch the whole bus</source>
        <translation>Переключить всю шину</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch every meter of &quot;%1&quot; from %2 Bd to %3 Bd? Meters on the bus: %4.</source>
        <translation>Переключить все счётчики «%1» с %2 бод на %3 бод? Счётчиков на шине: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each meter is told to switch and is read at the new rate. If one does not follow, the others are switched back to %1 Bd; if all follow, the connection is set to %2 Bd.</source>
        <translation>Каждому счётчику даётся команда переключиться, затем он читается на новой скорости. Если один не переключится, остальные возвращаются на %1 бод; если переключатся все, соединение переводится на %2 бод.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The bus stays at %1 Bd: not every meter switched.</source>
        <translation>Шина остаётся на %1 бод: переключились не все счётчики.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the baud rate of &quot;%1&quot; to %2</source>
        <translation>Установить скорость соединения «%1» на %2 бод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every meter answers at %1 Bd; the connection is set to it.</source>
        <translation>Все счётчики отвечают на %1 бод; соединение настроено на эту скорость.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switched to %1 Bd.</source>
        <translation>Переключено на %1 бод.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not switched: the bus runs at %1 Bd.</source>
        <translation>Не переключено: шина работает на %1 бод.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::BindingForm</name>
    <message>
        <location filename="../ui/project/BindingForm.cpp" line="-59"/>
        <source>Off: kept, not read</source>
        <translation>Выкл.: сохраняется, не опрашивается</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The unit the tree and the trend show the value in; the engine and the Faceplate export keep the unit the meter sends</source>
        <translation>Единица, в которой значение показывают дерево и тренд; опрос и экспорт в Faceplate сохраняют единицу, которую передаёт счётчик</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R (read)</source>
        <translation>R (чтение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W (write)</source>
        <translation>W (запись)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RW (read and write)</source>
        <translation>RW (чтение и запись)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faceplate&apos;s linear transformation: the value shown is value × scale + offset</source>
        <translation>Линейное преобразование Faceplate: показывается значение × множитель + смещение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary address of the meter, 1..250</source>
        <translation>Первичный адрес счётчика, 1..250</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 for a single-telegram meter, else 1, 2, ...</source>
        <translation>0 для счётчика с одной телеграммой, иначе 1, 2, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record index in the telegram, counted from 0 as the meter view shows it</source>
        <translation>Индекс записи в телеграмме, считая с 0, как в окне счётчика</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Телеграмма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformation: scale</source>
        <translation>Преобразование: множитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformation: offset</source>
        <translation>Преобразование: смещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display unit</source>
        <translation>Единица отображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>signature %1</source>
        <translation>сигнатура %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meter %1</source>
        <translation>счётчик %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered by hand (no record signature: no drift guard)</source>
        <translation>введено вручную (нет сигнатуры записи: нет защиты от смещения)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ChannelEditor</name>
    <message>
        <location filename="../ui/project/ChannelEditor.cpp" line="-88"/>
        <source>serial</source>
        <translation>последовательный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcp</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>even</source>
        <translation>чётная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>odd</source>
        <translation>нечётная</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP address or host name of the gateway</source>
        <translation>IP-адрес или имя хоста шлюза</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Faceplate&apos;s attempts: tries per request (1 = no repeat)</source>
        <translation>attempts Faceplate: попыток на запрос (1 = без повтора)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How long to wait for a meter&apos;s answer</source>
        <translation>Сколько ждать ответа счётчика</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Baud rate</source>
        <translation>Скорость (бод)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parity</source>
        <translation>Чётность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data bits</source>
        <translation>Биты данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop bits</source>
        <translation>Стоп-биты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IP/Hostname</source>
        <translation>IP/имя хоста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bus baud rate</source>
        <translation>Скорость шины (бод)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout (ms)</source>
        <translation>Таймаут (мс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
</context>
<context>
    <name>mbus::ui::CommissioningSession</name>
    <message>
        <location filename="../ui/commission/CommissioningSession.cpp" line="+98"/>
        <source>simulated bus</source>
        <translation>симулированная шина</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meters still share address %1: their answers collide there.</source>
        <translation>Счётчики по-прежнему делят адрес %1: их ответы на нём дают коллизию.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::CommissioningWizard</name>
    <message>
        <location filename="../ui/commission/CommissioningWizard.cpp" line="+17"/>
        <source>Commissioning assistant: %1</source>
        <translation>Мастер ввода в эксплуатацию: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ConnectionForm</name>
    <message>
        <location filename="../ui/project/ConnectionForm.cpp" line="-51"/>
        <source>Support for group requests</source>
        <translation>Поддержка групповых запросов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polled</source>
        <translation>Опрашивается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup connection (redundancy)</source>
        <translation>Резервное подключение (резервирование)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Period (ms)</source>
        <translation>Период (мс)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shutdown timeout (ms)</source>
        <translation>Таймаут завершения (мс)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch to backup after (failed cycles)</source>
        <translation>Переключаться на резерв после (неудачных циклов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try master again after (cycles)</source>
        <translation>Снова пробовать основной канал через (циклов)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Exported to Faceplate as the connection &quot;%1&quot; whose Master connection is &quot;%2&quot;</source>
        <translation>Экспортируется в Faceplate как подключение «%1», у которого Master connection — «%2»</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>M-Bus is slow and battery meters drain: 60000 ms or more</source>
        <translation>M-Bus медленная, а батарейные счётчики разряжаются: 60000 мс или больше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max. package length</source>
        <translation>Макс. длина пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line Delay Ratio</source>
        <translation>Коэффициент задержки линии</translation>
    </message>
</context>
<context>
    <name>mbus::ui::CreateBindingsDialog</name>
    <message>
        <location filename="../ui/meter/CreateBindingsDialog.cpp" line="+35"/>
        <location line="+36"/>
        <source>Create bindings</source>
        <translation>Создать привязки</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telegram</source>
        <translation>Телеграмма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Запись</translation>
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
        <translation>Имена и теги предлагаются по счётчику и записи; измените их под правила именования вашей SCADA. Faceplate читает адрес, телеграмму и индекс.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No binding is chosen.</source>
        <translation>Не выбрано ни одной привязки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record %1 of telegram %2 has no name.</source>
        <translation>У записи %1 телеграммы %2 нет имени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binding &quot;%1&quot; has no tag.</source>
        <translation>У привязки «%1» нет тега.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag &quot;%1&quot; is used twice: tags must be unique in the project.</source>
        <translation>Тег «%1» используется дважды: теги в проекте должны быть уникальны.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::DiagnosticsModel</name>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsModel.cpp" line="+29"/>
        <source>RUN</source>
        <translation>РАБОТА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STOP</source>
        <translation>СТОП</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Master</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The channel the connection polls over (redundancy)</source>
        <translation>Канал, по которому опрашивает соединение (резервирование)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No backup channel</source>
        <translation>Нет резервного канала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not polled: disabled in the project</source>
        <translation>Не опрашивается: отключено в проекте</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual connection</source>
        <translation>Текущий канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles</source>
        <translation>Циклы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last cycle</source>
        <translation>Последний цикл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle time (ms)</source>
        <translation>Время цикла (мс)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::DiagnosticsPanel</name>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsPanel.cpp" line="+39"/>
        <source>Start</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start all</source>
        <translation>Запустить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop all</source>
        <translation>Остановить все</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start polling the selected connection</source>
        <translation>Запустить опрос выбранного соединения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop polling the selected connection</source>
        <translation>Остановить опрос выбранного соединения</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Meters: select a connection</source>
        <translation>Счётчики: выберите соединение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meters of %1</source>
        <translation>Счётчики соединения %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::FaceplateSettingsDialog</name>
    <message>
        <location filename="../ui/window/FaceplateSettings.cpp" line="+34"/>
        <source>the Faceplate key map %1: %2</source>
        <translation>таблица ключей Faceplate %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Faceplate export settings</source>
        <translation>Настройки экспорта Faceplate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>built in (keys marked assumed: check them on site)</source>
        <translation>встроенная (ключи с пометкой «предположение» проверьте на объекте)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faceplate key map</source>
        <translation>Таблица ключей Faceplate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key map (*.json)</source>
        <translation>Таблица ключей (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of the connections</source>
        <translation>Папка соединений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the tags</source>
        <translation>Папка тегов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of a tag</source>
        <translation>Поле тега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key map</source>
        <translation>Таблица ключей</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key map cannot be used: %1</source>
        <translation>Таблицу ключей нельзя использовать: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folders are paths from the root (&quot;/root/...&quot;); the tag field is a field name.</source>
        <translation>Папки — пути от корня («/root/...»); поле тега — имя поля.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::FindingsLabel</name>
    <message>
        <location filename="../ui/project/FindingsLabel.cpp" line="+46"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not applied</source>
        <translation>не применено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not applied: the project keeps %1</source>
        <translation>не применено: в проекте остаётся %1</translation>
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
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>M-Bus Workbench manual</source>
        <translation>Руководство M-Bus Workbench</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — M-Bus Workbench manual</source>
        <translation>%1 — руководство M-Bus Workbench</translation>
    </message>
</context>
<context>
    <name>mbus::ui::HexView</name>
    <message>
        <location filename="../ui/meter/HexView.cpp" line="+34"/>
        <source>start</source>
        <translation>старт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C field</source>
        <translation>поле C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field (primary address)</source>
        <translation>поле A (первичный адрес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CI field</source>
        <translation>поле CI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data header</source>
        <translation>заголовок данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record %1</source>
        <translation>запись %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer data</source>
        <translation>данные производителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checksum</source>
        <translation>контрольная сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop</source>
        <translation>стоп</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>byte %1 (0x%2): %3</source>
        <translation>байт %1 (0x%2): %3</translation>
    </message>
</context>
<context>
    <name>mbus::ui::LineSettingsPage</name>
    <message>
        <location filename="../ui/commission/LineSettingsPage.cpp" line="+32"/>
        <source>Line settings</source>
        <translation>Параметры линии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+120"/>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Polling of &quot;%1&quot; is stopped while the assistant uses its bus; it starts again when the assistant closes.</source>
        <translation>Опрос «%1» остановлен, пока мастер использует его шину; он возобновится, когда мастер будет закрыт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assistant uses the bus of &quot;%1&quot;; it is not polled meanwhile.</source>
        <translation>Мастер использует шину «%1»; пока он работает, соединение не опрашивается.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection is on the simulated bus in this program: there are no line settings to detect.</source>
        <translation>Соединение работает на симулированной шине внутри программы: параметры линии определять не нужно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection goes through a TCP gateway: its serial settings are set in the gateway itself. Go on to the next page.</source>
        <translation>Соединение идёт через TCP-шлюз: параметры его последовательного порта задаются в самом шлюзе. Перейдите к следующей странице.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect tries the baud rates and parities meters use, from the connection&apos;s %1 on, and stops at the first that brings a valid answer.</source>
        <translation>«Определить» перебирает скорости и чётности, используемые счётчиками, начиная с параметров соединения (%1), и останавливается на первых, при которых приходит корректный ответ.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Trying %1 (%2 of %3)…</source>
        <translation>Проверка %1 (%2 из %3)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended: %1</source>
        <translation>Рекомендуется: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %1</source>
        <translation>Использовать %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meter answered at any setting: check the wiring, the converter&apos;s power and the bus voltage.</source>
        <translation>Ни один счётчик не ответил ни при одних параметрах: проверьте проводку, питание преобразователя и напряжение шины.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set the line settings of &quot;%1&quot; to %2</source>
        <translation>Установить параметры линии «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection uses %1 now.</source>
        <translation>Теперь соединение использует %1.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="+30"/>
        <source>M-Bus Workbench projects (*.mbwproj)</source>
        <translation>Проекты M-Bus Workbench (*.mbwproj)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+83"/>
        <location filename="../ui/window/MainWindowFiles.cpp" line="+165"/>
        <location line="+3"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New project</source>
        <translation>&amp;Создать проект</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;demo (simulated bus)</source>
        <translation>Открыть &amp;демо (симулированная шина)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Faceplate configuration…</source>
        <translation>&amp;Импорт конфигурации Faceplate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Faceplate configuration…</source>
        <translation>&amp;Экспорт конфигурации Faceplate…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export bindings as &amp;CSV…</source>
        <translation>Экспорт привязок в &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;connection</source>
        <translation>Добавить &amp;соединение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;meter…</source>
        <translation>Добавить с&amp;чётчик…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start all connections</source>
        <translation>&amp;Запустить все соединения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top all connections</source>
        <translation>&amp;Остановить все соединения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;can bus…</source>
        <translation>&amp;Сканировать шину…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mmissioning assistant…</source>
        <translation>Мастер &amp;ввода в эксплуатацию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line settings, unique addresses, baud rate and a report for the selected connection</source>
        <translation>Параметры линии, уникальные адреса, скорость и протокол для выбранного соединения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read meter</source>
        <translation>&amp;Прочитать счётчик</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Si&amp;mulated bus (no hardware)</source>
        <translation>Си&amp;мулированная шина (без оборудования)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every connection polls the simulated demo meters in this program instead of its port</source>
        <translation>Все соединения опрашивают симулированные демонстрационные счётчики внутри программы вместо своего порта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About M-Bus Workbench</source>
        <translation>&amp;О программе M-Bus Workbench</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMeterAndTrend.cpp" line="+38"/>
        <source>Move the meter of &quot;%1&quot; from address %2 to %3</source>
        <translation>Перенести счётчик соединения «%1» с адреса %2 на %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the baud rate of &quot;%1&quot; to %2</source>
        <translation>Установить скорость соединения «%1» на %2 бод</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Add %n binding(s) to the trend</source>
        <translation>
            <numerusform>Добавить %n привязку в тренд</numerusform>
            <numerusform>Добавить %n привязки в тренд</numerusform>
            <numerusform>Добавить %n привязок в тренд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from trend</source>
        <translation>Убрать из тренда</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+110"/>
        <source>the project has errors (see the forms); fix them, then start.</source>
        <translation>в проекте есть ошибки (см. формы); исправьте их, затем запустите.</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMeterAndTrend.cpp" line="-3"/>
        <source>Add to trend</source>
        <translation>Добавить в тренд</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n binding(s) from the trend</source>
        <translation>
            <numerusform>Убрать %n привязку из тренда</numerusform>
            <numerusform>Убрать %n привязки из тренда</numerusform>
            <numerusform>Убрать %n привязок из тренда</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add its bindings to the trend</source>
        <translation>Добавить его привязки в тренд</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="-92"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Faceplate export &amp;settings…</source>
        <translation>&amp;Настройки экспорта Faceplate…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bus</source>
        <translation>&amp;Шина</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — M-Bus Workbench</source>
        <translation>%1[*] — M-Bus Workbench</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated bus: no hardware in use</source>
        <translation>Симулированная шина: оборудование не используется</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 connections running</source>
        <translation>Работает соединений: %1 из %2</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="-156"/>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo project cannot be read: %1</source>
        <translation>Не удаётся прочитать демонстрационный проект: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection &quot;%1&quot;:</source>
        <translation>Соединение «%1»:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Meter %1:</source>
        <translation>  Счётчик %1:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>The project has errors; nothing was written.
%1</source>
        <translation>В проекте есть ошибки; ничего не записано.
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>В проекте есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Save project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Faceplate configuration</source>
        <translation>Импорт конфигурации Faceplate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faceplate M-Bus configuration (*.json);;All files (*)</source>
        <translation>Конфигурация M-Bus для Faceplate (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be imported: %2</source>
        <translation>Не удаётся импортировать %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project has errors; fix them first.
%1</source>
        <translation>В проекте есть ошибки; сначала исправьте их.
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Faceplate configuration</source>
        <translation>Экспорт конфигурации Faceplate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faceplate M-Bus configuration (*.json)</source>
        <translation>Конфигурация M-Bus для Faceplate (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export bindings</source>
        <translation>Экспорт привязок</translation>
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
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="+44"/>
        <source>%n meter(s) added to %1</source>
        <translation>
            <numerusform>%n счётчик добавлен в %1</numerusform>
            <numerusform>%n счётчика добавлено в %1</numerusform>
            <numerusform>%n счётчиков добавлено в %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About M-Bus Workbench</source>
        <translation>О программе M-Bus Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;M-Bus Workbench %1&lt;/b&gt;&lt;p&gt;Configurator and live monitor for wired M-Bus meters (EN 13757-2/-3), for the Faceplate SCADA M-Bus driver.&lt;/p&gt;</source>
        <translation>&lt;b&gt;M-Bus Workbench %1&lt;/b&gt;&lt;p&gt;Конфигуратор и монитор проводных счётчиков M-Bus (EN 13757-2/-3) в реальном времени для драйвера M-Bus SCADA Faceplate.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterBaudDialog</name>
    <message>
        <location filename="../ui/meter/MeterSettingsDialogs.cpp" line="+101"/>
        <source>Set baud rate</source>
        <translation>Установить скорость</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Bd</source>
        <translation>%1 бод</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch</source>
        <translation>Переключить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New baud rate:</source>
        <translation>Новая скорость (бод):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter is told at %1 Bd to answer at the new rate (CI 0xB8..0xBF), then read at the new rate to prove it; a meter that did not switch is read at %1 Bd again. The connection stays at %1 Bd: afterwards it has to be switched too, and every other meter on the bus with it.</source>
        <translation>Счётчику на %1 бод даётся команда отвечать на новой скорости (CI 0xB8..0xBF), затем он читается на новой скорости для проверки; счётчик, который не переключился, снова читается на %1 бод. Соединение остаётся на %1 бод: потом его тоже нужно переключить, а вместе с ним и все остальные счётчики шины.</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterNaming</name>
    <message>
        <location line="-87"/>
        <source>The meter at address %1</source>
        <translation>Счётчик на адресе %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at address %2</source>
        <translation>%1 на адресе %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (secondary address %2)</source>
        <translation>%1 (вторичный адрес %2)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterPage</name>
    <message>
        <location filename="../ui/project/MeterPage.cpp" line="+24"/>
        <source>e.g. Heat meter, flat 12</source>
        <translation>напр. Теплосчётчик, кв. 12</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meter name</source>
        <translation>Имя счётчика</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterSettingsActions</name>
    <message>
        <location filename="../ui/meter/MeterSettingsActions.cpp" line="+48"/>
        <source>Read the meter first: its secondary address identifies it for the change.</source>
        <translation>Сначала прочитайте счётчик: для изменения он определяется по вторичному адресу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+35"/>
        <source>The connection is disabled: enable it to change its meters.</source>
        <translation>Соединение отключено: включите его, чтобы изменять его счётчики.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Primary address set: %1.</source>
        <translation>Первичный адрес установлен: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary address not set: %1.</source>
        <translation>Первичный адрес не установлен: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The link cannot change its rate (%1): nothing was switched.</source>
        <translation>Канал связи не может сменить скорость (%1): ничего не переключено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Baud rate switched: %1.</source>
        <translation>Скорость переключена: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baud rate not switched: %1.</source>
        <translation>Скорость не переключена: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch the connection too?</source>
        <translation>Переключить и соединение?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers at %2 Bd now. The connection &quot;%3&quot; still runs at %4 Bd and will not read it until its line is switched too; every other meter on this bus must be at %2 Bd then as well.

Set the connection to %2 Bd now?</source>
        <translation>%1 теперь отвечает на %2 бод. Соединение «%3» всё ещё работает на %4 бод и не прочитает его, пока его линия тоже не будет переключена; тогда и все остальные счётчики этой шины должны быть на %2 бод.

Перевести соединение на %2 бод сейчас?</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterStatisticsModel</name>
    <message>
        <location filename="../ui/diagnostics/MeterStatisticsModel.cpp" line="+78"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeouts</source>
        <translation>Тайм-ауты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum errors</source>
        <translation>Ошибки контрольной суммы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other errors</source>
        <translation>Прочие ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last answer</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last read (ms)</source>
        <translation>Последнее чтение (мс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
</context>
<context>
    <name>mbus::ui::MeterView</name>
    <message>
        <location filename="../ui/meter/MeterView.cpp" line="+31"/>
        <source>&amp;Read meter</source>
        <translation>&amp;Прочитать счётчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel read</source>
        <translation>&amp;Отменить чтение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;bindings…</source>
        <translation>Создать &amp;привязки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save readout…</source>
        <translation>Сохранить считывание…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set address…</source>
        <translation>Задать адрес…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set baud rate…</source>
        <translation>Задать скорость…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>REQ_UD2 to the meter&apos;s primary address, all telegrams</source>
        <translation>REQ_UD2 на первичный адрес счётчика, все телеграммы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the meter&apos;s answer</source>
        <translation>Больше не ждать ответа счётчика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind the selected records: Address, Telegram and Index are filled in</source>
        <translation>Привязать выбранные записи: адрес, телеграмма и индекс заполняются автоматически</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the records as CSV and the telegrams as hex (for support; mbus-cli decode reads the hex)</source>
        <translation>Сохранить записи в CSV и телеграммы в hex (для техподдержки; mbus-cli decode читает hex)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+293"/>
        <source>Give the meter another primary address (selected by its secondary address, then read back)</source>
        <translation>Задать счётчику другой первичный адрес (выбор по вторичному адресу, затем контрольное чтение)</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Switch the meter to another baud rate (then read at the new rate)</source>
        <translation>Переключить счётчик на другую скорость (затем чтение на новой скорости)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Meter at address %1</source>
        <translation>Счётчик по адресу %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — address %2</source>
        <translation>%1 — адрес %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last read shown. Read again for fresh values.</source>
        <translation>Показано последнее чтение. Прочитайте снова, чтобы получить свежие значения.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The connection is disabled: enable it to read its meters.</source>
        <translation>Соединение отключено: включите его, чтобы читать его счётчики.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading address %1…</source>
        <translation>Чтение адреса %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading address %1… %2 s (a silent meter is asked %3 times, %4 s each)</source>
        <translation>Чтение адреса %1… %2 с (молчащий счётчик опрашивается %3 раз по %4 с)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>telegram %1: %2</source>
        <translation>телеграмма %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Read %n telegram(s), %1 records in %2 ms.</source>
        <translation>
            <numerusform>Прочитана %n телеграмма, записей: %1, за %2 мс.</numerusform>
            <numerusform>Прочитано %n телеграммы, записей: %1, за %2 мс.</numerusform>
            <numerusform>Прочитано %n телеграмм, записей: %1, за %2 мс.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read of address %1 cancelled.</source>
        <translation>Чтение адреса %1 отменено.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Read the meter first: its secondary address identifies it for the change</source>
        <translation>Сначала прочитайте счётчик: для изменения он определяется по вторичному адресу</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The meter has more telegrams than were read.</source>
        <translation>У счётчика больше телеграмм, чем прочитано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decode errors: %1</source>
        <translation>Ошибки декодирования: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>Secondary address %1</source>
        <translation>Вторичный адрес %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Identification %1</source>
        <translation>Идентификатор %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer %1</source>
        <translation>Производитель %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medium %1</source>
        <translation>Среда %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access number %1</source>
        <translation>Номер доступа %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status %1</source>
        <translation>Статус %1</translation>
    </message>
    <message>
        <location filename="../ui/meter/MeterViewActions.cpp" line="+25"/>
        <source>Create binding…</source>
        <translation>Создать привязку…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to trend</source>
        <translation>Добавить в тренд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records already bound: their tags join the live trend</source>
        <translation>Записи уже привязаны: их теги добавляются в тренд</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+8"/>
        <source>Save readout</source>
        <translation>Сохранить считывание</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Records as CSV, telegrams as hex beside it (*.csv)</source>
        <translation>Записи в CSV, рядом телеграммы в hex (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Readout saved: %1 and %2.</source>
        <translation>Считывание сохранено: %1 и %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readout was not saved: %1</source>
        <translation>Считывание не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::NumberField</name>
    <message>
        <location filename="../ui/common/NumberField.cpp" line="+65"/>
        <source>empty: type a number</source>
        <translation>пусто: введите число</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>«%1» — слишком большое число</translation>
    </message>
</context>
<context>
    <name>mbus::ui::PollingBanner</name>
    <message>
        <location filename="../ui/window/PollingBanner.cpp" line="+12"/>
        <source>Start (F5)</source>
        <translation>Пуск (F5)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Polling stopped&lt;/b&gt;: no connection is reading its meters.</source>
        <translation>&lt;b&gt;Опрос остановлен&lt;/b&gt;: ни одно соединение не читает свои счётчики.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Polling stopped&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Опрос остановлен&lt;/b&gt;: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ProjectPane</name>
    <message>
        <location filename="../ui/project/ProjectPane.cpp" line="+42"/>
        <source>Select a connection, a meter or a binding.
Scan the bus to find meters.</source>
        <translation>Выберите соединение, счётчик или привязку.
Сканируйте шину, чтобы найти счётчики.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Edit connection &quot;%1&quot;</source>
        <translation>Изменить соединение «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit binding &quot;%1&quot;</source>
        <translation>Изменить привязку «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename meter %1</source>
        <translation>Переименовать счётчик %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wake-up of meter %1</source>
        <translation>Изменить пробуждение счётчика %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Connection %1</source>
        <translation>Соединение %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add connection &quot;%1&quot;</source>
        <translation>Добавить соединение «%1»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>address %1: the project has meter %2 there, this is meter %3</source>
        <translation>адрес %1: в проекте там счётчик %2, а это счётчик %3</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Add %n meter(s)</source>
        <translation>
            <numerusform>Добавить %n счётчик</numerusform>
            <numerusform>Добавить %n счётчика</numerusform>
            <numerusform>Добавить %n счётчиков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two meters on one address</source>
        <translation>Два счётчика на одном адресе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Two meters cannot share a primary address: their answers collide. Use Bus &gt; Commissioning assistant to give each meter its own address.</source>
        <translation>%1

Два счётчика не могут иметь общий первичный адрес: их ответы дают коллизию. Задайте каждому счётчику собственный адрес через Шина &gt; Мастер ввода в эксплуатацию.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete connection &quot;%1&quot;</source>
        <translation>Удалить соединение «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete meter %1 and its bindings</source>
        <translation>Удалить счётчик %1 и его привязки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete binding &quot;%1&quot;</source>
        <translation>Удалить привязку «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Create %n binding(s)</source>
        <translation>
            <numerusform>Создать %n привязку</numerusform>
            <numerusform>Создать %n привязки</numerusform>
            <numerusform>Создать %n привязок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mbus::ui::ProjectTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/project/ProjectTreeModel.cpp" line="+213"/>
        <source>the meter sent %n telegram(s), telegram %1 is bound</source>
        <translation>
            <numerusform>счётчик прислал %n телеграмму, привязана телеграмма %1</numerusform>
            <numerusform>счётчик прислал %n телеграммы, привязана телеграмма %1</numerusform>
            <numerusform>счётчик прислал %n телеграмм, привязана телеграмма %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another meter answers: %1, bound on %2</source>
        <translation>отвечает другой счётчик: %1, привязка к %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index drift: the telegram has %1 records</source>
        <translation>сдвиг индекса: в телеграмме %1 записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index drift: the record is no longer sent</source>
        <translation>сдвиг индекса: запись больше не передаётся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index drift: the record is now at telegram %1 index %2</source>
        <translation>сдвиг индекса: запись теперь в телеграмме %1, индекс %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the meter marks this time invalid</source>
        <translation>счётчик помечает это время как недействительное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stale</source>
        <translation>устарело</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>good</source>
        <translation>хорошее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>недостоверное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad</source>
        <translation>плохое</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (backup: %1)</source>
        <translation> (резерв: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period %1 s</source>
        <translation>период %1 с</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meter %1</source>
        <translation>Счётчик %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address %1</source>
        <translation>адрес %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>address %1, %2</source>
        <translation>адрес %1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  (%2, telegram %3, index %4)</source>
        <translation>%1  (%2, телеграмма %3, индекс %4)</translation>
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
        <translation>Запись сместилась или счётчик заменён: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ReaddressDialog</name>
    <message>
        <location filename="../ui/meter/MeterSettingsDialogs.cpp" line="+11"/>
        <source>Set primary address</source>
        <translation>Задать первичный адрес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set address</source>
        <translation>Задать адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New primary address:</source>
        <translation>Новый первичный адрес:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter is selected by its secondary address and told its new primary address (SND_UD, CI 0x51), then read at the new address to prove it. The project&apos;s meter and its bindings follow, as one step you can undo.</source>
        <translation>Счётчик выбирается по вторичному адресу и получает новый первичный адрес (SND_UD, CI 0x51), затем читается по новому адресу для проверки. Счётчик в проекте и его привязки переносятся следом одним шагом, который можно отменить.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type an address from 1 to 250.</source>
        <translation>Введите адрес от 1 до 250.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is no primary address for a meter: use 1 to 250 (0 is the factory default, 251 to 255 are reserved).</source>
        <translation>%1 не может быть первичным адресом счётчика: используйте 1–250 (0 — заводской, 251–255 зарезервированы).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter is at %1 already.</source>
        <translation>Счётчик уже на адресе %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1 uses address %2 in this project; two meters on one address collide.</source>
        <translation>Внимание: в этом проекте адрес %2 использует %1; ответы двух счётчиков на одном адресе дают коллизию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another meter</source>
        <translation>другой счётчик</translation>
    </message>
</context>
<context>
    <name>mbus::ui::RecentFiles</name>
    <message>
        <location filename="../ui/window/RecentFiles.cpp" line="+14"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
</context>
<context>
    <name>mbus::ui::RecordTableModel</name>
    <message>
        <location filename="../ui/meter/RecordTableModel.cpp" line="+78"/>
        <source>instantaneous</source>
        <translation>мгновенное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum</source>
        <translation>максимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum</source>
        <translation>минимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>during error</source>
        <translation>при ошибке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer data</source>
        <translation>данные производителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer data, more follows</source>
        <translation>данные производителя, далее продолжение</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>As sent: %1</source>
        <translation>Как передано: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bound to tag %1</source>
        <translation>Привязано к тегу %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Telegram</source>
        <translation>Телеграмма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Функция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subunit</source>
        <translation>Подустройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Величина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bound tag</source>
        <translation>Привязанный тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw bytes</source>
        <translation>Исходные байты</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ReportPage</name>
    <message>
        <location filename="../ui/commission/ReportPage.cpp" line="+17"/>
        <source>Commissioning report</source>
        <translation>Протокол ввода в эксплуатацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every meter with its addresses before and after, the line settings and what is left to do.</source>
        <translation>Все счётчики с адресами до и после, параметры линии и то, что осталось сделать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save report…</source>
        <translation>Сохранить протокол…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Connection: %1 (%2)</source>
        <translation>Соединение: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line settings: %1</source>
        <translation>Параметры линии: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meters surveyed: %1; moved to a new address: %2; not answering: %3</source>
        <translation>Опрошено счётчиков: %1; переадресовано: %2; не отвечают: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No survey yet: the report lists the meters once the bus was surveyed (page &quot;Meters and addresses&quot;).</source>
        <translation>Шина ещё не опрошена: счётчики появятся в протоколе после опроса шины (страница «Счётчики и адреса»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ReportPrinter</name>
    <message>
        <location filename="../ui/commission/ReportPrinter.cpp" line="+28"/>
        <source>cannot write the report %1: the file name must end in .pdf, .csv, .html or .htm</source>
        <translation>не удаётся записать протокол %1: имя файла должно оканчиваться на .pdf, .csv, .html или .htm</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML document (*.html *.htm)</source>
        <translation>Документ HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Print commissioning report</source>
        <translation>Печать протокола ввода в эксплуатацию</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Save commissioning report</source>
        <translation>Сохранить протокол ввода в эксплуатацию</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ScanDialog</name>
    <message>
        <location filename="../ui/scan/ScanDialog.cpp" line="+32"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scan the bus of &quot;%1&quot;</source>
        <translation>Сканирование шины «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary scan</source>
        <translation>Первичное сканирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary search</source>
        <translation>Вторичный поиск</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to project</source>
        <translation>Добавить в проект</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The connection &quot;%1&quot; is disabled: enable it in the project to scan its bus.</source>
        <translation>Соединение «%1» отключено: включите его в проекте, чтобы сканировать его шину.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear results</source>
        <translation>Очистить результаты</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Repeats per address after a timeout or a checksum error. 1 helps on a noisy line; every empty address then costs twice the time.</source>
        <translation>Повторы на адрес после тайм-аута или ошибки контрольной суммы. 1 помогает на зашумлённой линии; каждый пустой адрес тогда занимает вдвое больше времени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also ask the broadcast address 254</source>
        <translation>Также опросить широковещательный адрес 254</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every meter answers 254: one answer names the only meter on the bus, several answers collide.</source>
        <translation>На адрес 254 отвечает каждый счётчик: один ответ называет единственный счётчик на шине, несколько ответов дают коллизию.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First address:</source>
        <translation>Первый адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last address:</source>
        <translation>Последний адрес:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries:</source>
        <translation>Повторы:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>16 hex digits: identification (8), manufacturer (4), version (2), medium (2). F is a wildcard digit; FFFF, FF and FF leave manufacturer, version and medium open. 6700FFFFFFFFFFFF finds the meters whose identification starts with 6700.</source>
        <translation>16 шестнадцатеричных цифр: идентификатор (8), производитель (4), версия (2), среда (2). F — цифра-подстановка; FFFF, FF и FF оставляют производителя, версию и среду открытыми. 6700FFFFFFFFFFFF находит счётчики, идентификатор которых начинается с 6700.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mask:</source>
        <translation>Маска:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%v of %m addresses</source>
        <translation>%v из %m адресов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanning addresses %1 to %2...</source>
        <translation>Сканирование адресов с %1 по %2...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching %1...</source>
        <translation>Поиск %1...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping...</source>
        <translation>Остановка...</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Address %1 asked; %2</source>
        <translation>Опрошен адрес %1; %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selecting %1 (selections so far: %2); %3</source>
        <translation>Выбор %1 (выборов пока: %2); %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped after %1, the link failed: %2</source>
        <translation>Остановлено через %1, сбой линии: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped after %1</source>
        <translation>Остановлено через %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done in %1</source>
        <translation>Готово за %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, selections: %1</source>
        <translation>, выборов: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location line="+14"/>
        <source>Elapsed: %1</source>
        <translation>Прошло: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The connection &quot;%1&quot; was removed or disabled: the scan ended.</source>
        <translation>Соединение «%1» удалено или отключено: сканирование завершено.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>, about %1 left</source>
        <translation>, осталось около %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a primary address (0..250)</source>
        <translation>%1 — не первичный адрес (0..250)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first address is above the last.</source>
        <translation>Первый адрес больше последнего.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mask needs all 16 hex digits (it has %1).</source>
        <translation>В маске должны быть все 16 шестнадцатеричных цифр (сейчас %1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Two chosen meters share address %1: add one, give the other its own address, and scan again.</source>
        <translation>Два выбранных счётчика имеют адрес %1: добавьте один, задайте другому собственный адрес и сканируйте снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collisions, errors and meters already in the project cannot be added.</source>
        <translation>Коллизии, ошибки и счётчики, которые уже есть в проекте, добавить нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meters to add: %1</source>
        <translation>Будет добавлено счётчиков: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the meters to add to the project.</source>
        <translation>Выберите счётчики для добавления в проект.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>meters found: %1</source>
        <translation>найдено счётчиков: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, collisions: %1</source>
        <translation>, коллизий: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, errors: %1</source>
        <translation>, ошибок: %1</translation>
    </message>
</context>
<context>
    <name>mbus::ui::ScanResultsModel</name>
    <message>
        <location filename="../ui/scan/ScanResultsModel.cpp" line="+24"/>
        <source>meter %1</source>
        <translation>счётчик %1</translation>
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
        <translation>Найден, но не передаёт данных (%1): проверьте настройки пробуждения и чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found; another meter answers on this address too</source>
        <translation>Найден; на этот адрес отвечает и другой счётчик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collision: two or more meters answer</source>
        <translation>Коллизия: отвечают два или более счётчика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collision: meters that no selection tells apart</source>
        <translation>Коллизия: счётчики, которые не различить выбором</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in project as &quot;%1&quot;</source>
        <translation>в проекте как «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address taken by &quot;%1&quot;</source>
        <translation>адрес занят: «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no primary address: read it by secondary address</source>
        <translation>нет первичного адреса: читайте по вторичному адресу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (broadcast)</source>
        <translation>%1 (широковещательный)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Several meters share this address: give all but one another address (by secondary address), or search by secondary address to tell them apart.</source>
        <translation>Этот адрес у нескольких счётчиков: задайте всем, кроме одного, другой адрес (по вторичному адресу) или ищите по вторичному адресу, чтобы их различить.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary address</source>
        <translation>Вторичный адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
</context>
<context>
    <name>mbus::ui::SurveyTableModel</name>
    <message>
        <location filename="../ui/commission/SurveyTableModel.cpp" line="+86"/>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (was %2)</source>
        <translation>%1 (был %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another meter answers at address %1 too: their answers collide.</source>
        <translation>На адресе %1 отвечает ещё один счётчик: их ответы дают коллизию.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Secondary address</source>
        <translation>Вторичный адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address now</source>
        <translation>Текущий адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
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
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename tags</source>
        <translation>Переименовать теги</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tag(s) name the old address of a meter that moved:
%1

Rename them to the new address? The tags in Faceplate must then have the new names.</source>
        <translation>
            <numerusform>%n тег содержит старый адрес перенесённого счётчика:
%1

Переименовать его под новый адрес? Тогда теги в Faceplate должны получить новые имена.</numerusform>
            <numerusform>%n тега содержат старый адрес перенесённого счётчика:
%1

Переименовать их под новый адрес? Тогда теги в Faceplate должны получить новые имена.</numerusform>
            <numerusform>%n тегов содержат старый адрес перенесённого счётчика:
%1

Переименовать их под новый адрес? Тогда теги в Faceplate должны получить новые имена.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrafficLogModel</name>
    <message>
        <location filename="../ui/traffic/TrafficLogModel.cpp" line="+95"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dir</source>
        <translation>Напр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>Кадр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrafficLogView</name>
    <message>
        <location filename="../ui/traffic/TrafficLogView.cpp" line="+36"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All connections</source>
        <translation>Все соединения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary address of the frames to show (0..255); empty: all</source>
        <translation>Первичный адрес показываемых кадров (0..255); пусто: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording; what was recorded stays</source>
        <translation>Остановить запись; записанное сохраняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected frames, or all shown, as text</source>
        <translation>Копировать выбранные кадры (или все показанные) как текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every frame the log holds (the last %1, whatever the filter shows) to a text file for support</source>
        <translation>Сохранить все кадры журнала (последние %1, независимо от фильтра) в текстовый файл для техподдержки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded frame</source>
        <translation>Удалить все записанные кадры</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 of %2 frames</source>
        <translation>Кадров: %1 из %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>Save traffic log</source>
        <translation>Сохранить журнал обмена</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::Translations</name>
    <message>
        <location filename="../ui/window/Translations.cpp" line="+24"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language takes effect when M-Bus Workbench starts again. Restart now?</source>
        <translation>Новый язык вступит в силу при следующем запуске M-Bus Workbench. Перезапустить сейчас?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>П&amp;озже</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrendAxes</name>
    <message>
        <location filename="../ui/trend/TrendAxes.cpp" line="+126"/>
        <source>(no unit)</source>
        <translation>(без единицы)</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrendCsv</name>
    <message>
        <location filename="../ui/trend/TrendCsv.cpp" line="+54"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrendToolbar</name>
    <message>
        <location filename="../ui/trend/TrendToolbar.cpp" line="+16"/>
        <source>Follow</source>
        <translation>Следить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest values in view; dragging or zooming the trend pauses</source>
        <translation>Держать новейшие значения в поле зрения; перетаскивание или масштабирование тренда ставит слежение на паузу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time span shown while following</source>
        <translation>Интервал времени, показываемый при слежении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 minute</source>
        <translation>1 минута</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 minutes</source>
        <translation>10 минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8 hours</source>
        <translation>8 часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 часа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the trend as it is shown as a picture</source>
        <translation>Сохранить тренд как изображение в том виде, как он показан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every recorded sample of the trend&apos;s tags</source>
        <translation>Сохранить все записанные значения тегов тренда</translation>
    </message>
</context>
<context>
    <name>mbus::ui::TrendView</name>
    <message>
        <location filename="../ui/trend/TrendTimeAxis.cpp" line="+30"/>
        <source>Local time, %1</source>
        <translation>Местное время, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <location filename="../ui/trend/TrendView.cpp" line="+175"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../ui/trend/TrendViewExport.cpp" line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export trend as PNG</source>
        <translation>Экспорт тренда в PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PNG</source>
        <translation>Экспорт PNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export trend as CSV</source>
        <translation>Экспорт тренда в CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
</context>
<context>
    <name>mbus::ui::WakeUpEditor</name>
    <message>
        <location filename="../ui/project/WakeUpEditor.cpp" line="-24"/>
        <source>Wake-up</source>
        <translation>Пробуждение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application reset before reading</source>
        <translation>Сброс приложения перед чтением</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0x55 characters sent at the bus rate before the read, for battery meters and optical heads that sleep (about 2.2 s: 528 at 2400 Bd); 0 = none</source>
        <translation>Символы 0x55, отправляемые на скорости шины перед чтением, — для спящих батарейных счётчиков и оптических головок (около 2,2 с: 528 при 2400 бод); 0 — без преамбулы</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Some meters send the wanted telegram only after an application reset (CI 0x50)</source>
        <translation>Некоторые счётчики отправляют нужную телеграмму только после сброса приложения (CI 0x50)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Added to every answer window of the read, for meters slower than EN 13757-2 allows</source>
        <translation>Добавляется к каждому окну ответа при чтении — для счётчиков, более медленных, чем допускает EN 13757-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preamble (characters)</source>
        <translation>Преамбула (символов)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra answer margin (ms)</source>
        <translation>Дополнительный запас ответа (мс)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>as connection (%1)</source>
        <translation>как у соединения (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as connection (%1 ms)</source>
        <translation>как у соединения (%1 мс)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>As the connection: %1</source>
        <translation>Как у соединения: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reset</source>
        <translation>со сбросом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reset</source>
        <translation>без сброса</translation>
    </message>
</context>
</TS>
