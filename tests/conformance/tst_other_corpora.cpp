// Conformance against the smaller corpora in ../shared/corpus: node-mbus (MIT, libmbus binding; its
// fake-slave answers and README example), tmbus (Apache-2.0; the MBDOC 4.8 worked examples as
// tmbus decodes them) and manual-examples (master requests printed in vendor manuals and the
// M-Bus usergroup documentation). Expectation keys: CorpusSupport.h.

#include "CorpusSupport.h"

class TestOtherCorpora : public QObject
{
    Q_OBJECT

private:
    static void row(const char *folder, const char *name, const char *expectation)
    {
        QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(folder), QLatin1String(name))))
            << QString::fromLatin1(folder) << QString::fromLatin1(name) + QStringLiteral(".hex") << QByteArray(expectation);
    }

    static void columns()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("expectation");
    }

    static void verifyRow()
    {
        QFETCH(QString, folder);
        QFETCH(QString, file);
        QFETCH(QByteArray, expectation);
        const QString dir = corpus::corpusDir(folder);
        if (!QFileInfo::exists(dir))
            QSKIP(qPrintable(QStringLiteral("../shared/corpus/%1 is not present").arg(folder)));
        corpus::verifyFile(dir + QLatin1Char('/') + file, expectation);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(corpus::corpusDir(QString())))
            QSKIP("../shared/corpus is not present");
    }

    // node-mbus tests expect the slave Id, the first record's value and the secondary addresses a
    // scan finds (libmbus's 16-character form: ID digits, manufacturer bytes in wire order,
    // version, medium). Record values of the first frame come from node-mbus's README example.
    void nodeMbus_data()
    {
        columns();
        // README: 9 records incl. the final "Manufacturer specific" 00 00 8F 13; rec 1 volume 54321
        // in m m^3, rec 4 2012-01-24T13:29:00, rec 6 firmware 2, rec 7 software 6.
        row("node-mbus", "rsp_ud_addr1_acw_itron_bm_m", R"({"header":{"id":"11490378","manufacturer":"ACW"},
            "record_count":9,"records":{"0":{"value":11490378,"quantity_base":"Fabrication number"},
            "1":{"value":54.321,"unit":"m^3"},"4":{"value":"2012-01-24T13:29:00","type":"date"},
            "6":{"value":2,"quantity_base":"Firmware version"},"7":{"value":6,"quantity_base":"Software version"},
            "8":{"function":"manufacturer_specific","value":"00 00 8F 13"}}})");
        // Id "500023E": libmbus prints the ID bytes 3E 02 00 05 (not BCD) as a hex number, which
        // drops the leading zero; same digits. DataRecord[0].Value 1252 is libmbus's unscaled
        // value with unit "Energy (10 Wh)": 12520 Wh.
        row("node-mbus", "rsp_ud_addr2_id_500023E", R"({"header":{"id":"0500023E"},
            "records":{"0":{"value":12520,"unit":"Wh","tariff":1,"function":"instantaneous"}}})");
        row("node-mbus", "rsp_ud_secondary_17834320B4090107",
            R"({"header":{"secondary_address":"17834320B4090107"}})");
        // README note: the record part is only DIF 0x0F.
        row("node-mbus", "rsp_ud_secondary_6200165396150331", R"({"header":{"secondary_address":"6200165396150331"},
            "record_count":1,"records":{"0":{"function":"manufacturer_specific"}}})");
        row("node-mbus", "rsp_ud_secondary_6802476496151F1B",
            R"({"header":{"secondary_address":"6802476496151F1B"}})");
        // setPrimaryId(1, 3): SND_UD to 1, CI 0x51, 01 7A 03 (the slave answers E5).
        row("node-mbus", "snd_ud_set_primary_1_to_3", R"({"frame":{"function":"SND_UD","c":83,"address":1,"ci":81},
            "kind":"data_send","record_count":1,"records":{"0":{"value":3,"quantity_base":"Bus address"}},
            "reencode":true})");
    }
    void nodeMbus() { verifyRow(); }

    // tmbus README output for the MBDOC 4.8 examples; its "l" is 0.001 m^3, "id" a record index.
    void tmbus_data()
    {
        columns();
        row("tmbus", "mbdoc48_p35_fixed_data_ci73", R"({"frame":{"c":8,"address":5,"ci":115,"length":25},
            "kind":"fixed_data","header":{"id":"12345678","access_number":10,"status":0,"medium_code":7},
            "record_count":2,"records":{"0":{"value":0.001,"unit":"m^3","storage":0,"function":"instantaneous"},
            "1":{"value":0.135,"unit":"m^3","storage":1,"function":"instantaneous"}}})");
        row("tmbus", "mbdoc48_p43_variable_data_ci72", R"({"frame":{"c":8,"address":2,"ci":114,"length":37},
            "header":{"id":"12345678","manufacturer":"PAD","version":1,"medium_code":7,"access_number":85,"status":0},
            "record_count":3,"records":{
            "0":{"value":12.565,"unit":"m^3","function":"instantaneous","storage":0},
            "1":{"value":0.113,"unit":"m^3/h","function":"maximum","storage":5,"tariff":0,"subunit":0},
            "2":{"value":218370,"unit":"Wh","function":"instantaneous","storage":0,"tariff":2,"subunit":1}}})");
        // hexSum("40 2A") and hexSum("5B2A"): checksum and stop byte completed by tmbus.
        row("tmbus", "snd_nke_addr42", R"({"frame":{"type":"short","function":"SND_NKE","address":42},"reencode":true})");
        row("tmbus", "req_ud2_addr42", R"({"frame":{"type":"short","function":"REQ_UD2","address":42,"fcb":false},
            "reencode":true})");
    }
    void tmbus() { verifyRow(); }

    // The meaning each manual gives (manual-examples/expected.json), and our encoder rebuilds the bytes.
    void manualExamples_data()
    {
        columns();
        row("manual-examples", "mbuscom_set_primary_broadcast_to_8", R"({"frame":{"function":"SND_UD","c":83,
            "address":254,"ci":81},"kind":"data_send","record_count":1,
            "records":{"0":{"value":8,"quantity_base":"Bus address"}},"reencode":true})");
        row("manual-examples", "ff_le03mb_set_primary_1_to_2", R"({"frame":{"function":"SND_UD","c":115,"address":1,
            "ci":81},"kind":"data_send","record_count":1,"records":{"0":{"value":2,"quantity_base":"Bus address"}},
            "reencode":true})");
        row("manual-examples", "ff_le03mb_snd_nke_broadcast",
            R"({"frame":{"type":"short","function":"SND_NKE","address":255},"reencode":true})");
        row("manual-examples", "ff_le03mb_select_12345678_wildcards", R"({"frame":{"function":"SND_UD","c":115,
            "address":253,"ci":82},"kind":"selection","header":{"id":"12345678","version":255,"medium_code":255,
            "secondary_address":"12345678FFFFFFFF"},"reencode":true})");
        row("manual-examples", "ff_le03mb_set_primary_via_secondary_to_1", R"({"frame":{"function":"SND_UD","c":115,
            "address":253,"ci":81},"kind":"data_send","record_count":1,
            "records":{"0":{"value":1,"quantity_base":"Bus address"}},"reencode":true})");
        // The fields of the identification are checked in setIdentificationFields().
        row("manual-examples", "ff_le03mb_set_identification", R"({"frame":{"function":"SND_UD","c":83,"address":1,
            "ci":81},"kind":"data_send","record_count":1,"records":{"0":{"quantity_base":"Enhanced identification",
            "value":"1234567824400102"}},"reencode":true})");
        row("manual-examples", "relair_r2m_select_REL_33221100", R"({"frame":{"function":"SND_UD","c":83,
            "address":253,"ci":82},"kind":"selection","header":{"id":"33221100","manufacturer":"REL","version":184,
            "medium_code":7,"secondary_address":"33221100AC48B807"},"reencode":true})");
        row("manual-examples", "relair_r2m_req_ud2_fd", R"({"frame":{"type":"short","function":"REQ_UD2","c":123,
            "address":253,"fcb":true,"fcv":true},"reencode":true})");
        row("manual-examples", "relair_r2m_req_ud2_addr5", R"({"frame":{"type":"short","function":"REQ_UD2","c":123,
            "address":5,"fcb":true,"fcv":true},"reencode":true})");
    }
    void manualExamples() { verifyRow(); }

    // F&F LE-03MB 9.4: DIF 07 VIF 79 carries ID 12345678, manufacturer 0x4024 (PAD), generation 1,
    // medium 02 in header order; the record reads as that secondary address.
    void setIdentificationFields()
    {
        const QString dir = corpus::corpusDir(QStringLiteral("manual-examples"));
        if (!QFileInfo::exists(dir))
            QSKIP("../shared/corpus/manual-examples is not present");
        const corpus::Outcome o =
            corpus::decodeInput(corpus::readFile(dir + QStringLiteral("/ff_le03mb_set_identification.hex")));
        QVERIFY2(!o.error.isError(), qPrintable(o.error.message()));
        QCOMPARE(o.telegrams.size(), std::size_t(1));
        QCOMPARE(o.telegrams.front().records.size(), std::size_t(1));
        const mbus::decode::Telegram &telegram = o.telegrams.front();
        const mbus::decode::Record &record = telegram.records.front();
        QCOMPARE(record.kind, mbus::decode::ValueKind::SecondaryAddress);
        const QString address = mbus::decode::valueText(telegram, record);
        QCOMPARE(address.left(8), QStringLiteral("12345678"));
        // Manufacturer bytes in wire order: low byte first.
        const uint manufacturer = address.mid(8, 2).toUInt(nullptr, 16) | address.mid(10, 2).toUInt(nullptr, 16) << 8;
        QCOMPARE(mbus::decode::manufacturerCode(std::uint16_t(manufacturer)), QStringLiteral("PAD"));
        QCOMPARE(address.mid(12, 2), QStringLiteral("01"));
        QCOMPARE(address.mid(14, 2), QStringLiteral("02"));
    }

    void everyFileDecodesOrIsRejected_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *folder : {"node-mbus", "tmbus", "manual-examples"}) {
            const QDir dir(corpus::corpusDir(QString::fromLatin1(folder)));
            const QStringList files = dir.entryList({QStringLiteral("*.hex")}, QDir::Files, QDir::Name);
            for (const QString &file : files)
                QTest::newRow(qPrintable(QString::fromLatin1(folder) + QLatin1Char('/') + file)) << dir.filePath(file);
        }
    }
    void everyFileDecodesOrIsRejected()
    {
        QFETCH(QString, path);
        corpus::exercise(corpus::decodeInput(corpus::readFile(path)));
    }
};

QTEST_GUILESS_MAIN(TestOtherCorpora)
#include "tst_other_corpora.moc"
