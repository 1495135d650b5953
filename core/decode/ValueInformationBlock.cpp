#include "ValueInformationBlock.h"

#include "decode/CombinableVife.h"
#include "decode/DataCoding.h"

namespace mbus::decode {

namespace {

struct VifeState
{
    bool extensionNext = false; // the previous VIFE was 0x7C
    bool manufacturer = false;  // a 0x7F VIFE (or VIF) made everything after vendor specific
    // Corrections apply to whatever the record finally measures, in any VIFE order.
    int correctionExponent = 0;
    double additive = 0; // in the unit of the VIF (before its factor)
};

// Multiplicative 10^(nnn-6) and additive 10^(nn-3) * unit of VIF (MBUS_FACTS 2.7.4).
void applyCorrections(Record &record, const VifeState &state)
{
    record.exponent += state.correctionExponent;
    record.additive = state.additive * record.factor;
}

void addQualifier(Record &record, Qualifier::Table table, std::uint8_t code)
{
    if (record.qualifierCount < Record::MaxQualifiers)
        record.qualifiers[record.qualifierCount++] = Qualifier{table, code};
}

void becomeEventRecord(Record &record, const char *unit, double factor)
{
    record.unit = unit;
    record.exponent = 0;
    record.factor = factor;
}

void applyCombinableVife(std::uint8_t vife, Record &record, ValueHint &hint, VifeState &state)
{
    const std::uint8_t code = vife & 0x7F;
    if (state.manufacturer) {
        addQualifier(record, Qualifier::Table::Manufacturer, code);
        return;
    }
    if (state.extensionNext) {
        state.extensionNext = false;
        addQualifier(record, Qualifier::Table::CombinableExtension, code);
        return;
    }
    const CombinableVife meaning = lookupCombinableVife(code);
    switch (meaning.effect) {
    case VifeEffect::Qualifier:
    case VifeEffect::UnitSuffix:
        break;
    case VifeEffect::RecordError:
        record.recordError = code;
        break;
    case VifeEffect::MultiplyExponent:
        state.correctionExponent += meaning.amount;
        break;
    case VifeEffect::AddConstant:
        state.additive += powerOfTen(meaning.amount);
        break;
    // From here on the record is about an event of the VIF's quantity (how long, when, how
    // often), no longer the quantity itself: the VIF's unit and scale no longer apply.
    case VifeEffect::Duration:
        becomeEventRecord(record, "s", durationScale(meaning.amount));
        hint = ValueHint::Number;
        break;
    case VifeEffect::EventTime:
        becomeEventRecord(record, "", 1.0);
        hint = ValueHint::DateByLength;
        break;
    case VifeEffect::EventCount:
        becomeEventRecord(record, "", 1.0);
        hint = ValueHint::Number;
        break;
    case VifeEffect::ExtensionFollows:
        state.extensionNext = true;
        return; // the next byte names what it extends
    case VifeEffect::ManufacturerFollows:
        state.manufacturer = true;
        break;
    }
    addQualifier(record, Qualifier::Table::Combinable, code);
}

// Applies the VIFEs in [from, to); the caller checked that they exist.
Error applyVifeChain(const std::uint8_t *bytes, int from, int to, int vifesSoFar, Record &record, ValueHint &hint,
                     VifeState &state)
{
    if (vifesSoFar + (to - from) > MaxVifes)
        return Error::at(ErrorCode::TooManyVifes, from + MaxVifes - vifesSoFar, MaxVifes);
    for (int i = from; i < to; ++i)
        applyCombinableVife(bytes[i], record, hint, state);
    if (state.extensionNext) // 0x7C sent without its extension bit: keep it visible
        addQualifier(record, Qualifier::Table::Combinable, VifeCode::Extension);
    return {};
}

// End of a chain of bytes linked by bit 7 starting at pos; -1 when it runs past end.
int chainEnd(const Cursor &cursor, int pos)
{
    while (pos < cursor.end) {
        if (!(cursor.bytes[pos++] & VifCode::ExtensionBit))
            return pos;
    }
    return -1;
}

bool isPrintable(const std::uint8_t *text, int size)
{
    for (int i = 0; i < size; ++i) {
        if (text[i] < 0x20 || text[i] > 0x7E)
            return false;
    }
    return true;
}

struct PlainTextLayout
{
    int lengthPos = -1; // the length byte
    int vifeFrom = 0;
    int vifeTo = 0;
    int end = -1;       // first byte after the VIB
    bool fits = false;      // text and VIFEs inside the record area
    bool dataFits = false;  // and the data after them too
    bool printable = false;

    // How believable the layout is: a layout whose text is readable and whose data fits wins.
    int score() const { return fits ? 1 + int(dataFits) + int(printable) : 0; }
};

// Data must fit after the VIB for the layout to be believable.
bool dataFits(const Cursor &cursor, int pos, std::uint8_t dataField)
{
    const int size = dataFieldSize(dataField);
    return size < 0 ? pos < cursor.end : pos + size <= cursor.end;
}

// EN 13757-3: VIF 0xFC, then VIFEs, then length and characters.
PlainTextLayout standardLayout(const Cursor &cursor, std::uint8_t dataField)
{
    PlainTextLayout layout;
    layout.vifeFrom = cursor.pos;
    layout.vifeTo = chainEnd(cursor, cursor.pos);
    if (layout.vifeTo < 0 || layout.vifeTo >= cursor.end)
        return layout;
    layout.lengthPos = layout.vifeTo;
    const int length = cursor.bytes[layout.lengthPos];
    layout.end = layout.lengthPos + 1 + length;
    layout.fits = layout.end <= cursor.end;
    layout.dataFits = layout.fits && dataFits(cursor, layout.end, dataField);
    layout.printable = layout.fits && isPrintable(cursor.bytes + layout.lengthPos + 1, length);
    return layout;
}

// Elvaco CMa10 and others: VIF 0xFC, length and characters, then the VIFEs (libmbus PR #229).
PlainTextLayout textFirstLayout(const Cursor &cursor, std::uint8_t dataField)
{
    PlainTextLayout layout;
    if (cursor.atEnd())
        return layout;
    layout.lengthPos = cursor.pos;
    const int length = cursor.bytes[cursor.pos];
    layout.vifeFrom = cursor.pos + 1 + length;
    if (layout.vifeFrom > cursor.end)
        return layout;
    layout.vifeTo = chainEnd(cursor, layout.vifeFrom);
    layout.end = layout.vifeTo;
    layout.fits = layout.end >= 0;
    layout.dataFits = layout.fits && dataFits(cursor, layout.end, dataField);
    layout.printable = layout.fits && isPrintable(cursor.bytes + layout.lengthPos + 1, length);
    return layout;
}

Error parsePlainTextVib(Cursor &cursor, std::uint8_t vif, Record &record, ValueHint &hint, VifeState &state)
{
    record.vifTable = VifTable::PlainText;
    record.vifCode = VifCode::PlainText;
    record.quantity = QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Plain-text unit");
    record.unit = "";

    PlainTextLayout layout;
    if (vif & VifCode::ExtensionBit) {
        // Prefer the standard layout unless the text-first one is more believable.
        const PlainTextLayout standard = standardLayout(cursor, record.dataField);
        const PlainTextLayout textFirst = textFirstLayout(cursor, record.dataField);
        layout = textFirst.score() > standard.score() ? textFirst : standard;
    } else if (!cursor.atEnd()) {
        // No VIFEs: length and characters follow the VIF in both layouts.
        layout.lengthPos = cursor.pos;
        layout.vifeFrom = layout.vifeTo = layout.end = cursor.pos + 1 + cursor.peek();
        layout.fits = layout.end <= cursor.end;
    }
    if (!layout.fits) {
        // A data field that does not fit after a complete text is reported by the value reader.
        const int lengthAt = layout.lengthPos >= 0 ? layout.lengthPos : cursor.pos;
        const int announced = lengthAt < cursor.end ? cursor.bytes[lengthAt] : 0;
        return Error::at(ErrorCode::PlainTextTruncated, lengthAt, announced, qMax(0, cursor.end - lengthAt - 1));
    }
    record.plainTextOffset = std::uint16_t(layout.lengthPos + 1);
    record.plainTextSize = cursor.bytes[layout.lengthPos];
    const Error error = applyVifeChain(cursor.bytes, layout.vifeFrom, layout.vifeTo, 0, record, hint, state);
    cursor.pos = layout.end;
    return error;
}

void setMeaning(Record &record, VifTable table, std::uint8_t code, const VifMeaning &meaning, ValueHint &hint)
{
    record.vifTable = table;
    record.vifCode = code;
    record.quantity = meaning.quantity;
    record.unit = meaning.unit;
    record.exponent = meaning.exponent;
    record.factor = meaning.factor;
    hint = meaning.hint;
}

} // namespace

Error parseValueInformationBlock(Cursor &cursor, Record &record, ValueHint &hint)
{
    record.vibOffset = std::uint16_t(cursor.pos);
    if (cursor.atEnd())
        return Error::at(ErrorCode::VifTruncated, cursor.pos);
    const std::uint8_t vif = cursor.take();
    const std::uint8_t code = vif & 0x7F;
    hint = ValueHint::Number;

    VifeState state;
    if (code == VifCode::PlainText) {
        const Error error = parsePlainTextVib(cursor, vif, record, hint, state);
        record.vibSize = std::uint16_t(cursor.pos - record.vibOffset);
        applyCorrections(record, state);
        return error;
    }

    int vifes = 0;
    bool extension = vif & VifCode::ExtensionBit;
    if ((code == VifCode::ExtensionFb || code == VifCode::ExtensionFd) && extension) {
        if (cursor.atEnd())
            return Error::at(ErrorCode::VifTruncated, cursor.pos);
        std::uint8_t ext = cursor.take();
        ++vifes;
        if (code == VifCode::ExtensionFb) {
            setMeaning(record, VifTable::ExtensionFb, ext & 0x7F, lookupExtensionFb(ext), hint);
        } else if ((ext & 0x7F) == VifCode::FdFurtherExtension && (ext & VifCode::ExtensionBit)) {
            if (cursor.atEnd())
                return Error::at(ErrorCode::VifTruncated, cursor.pos);
            ext = cursor.take();
            ++vifes;
            setMeaning(record, VifTable::ExtensionFdFd, ext & 0x7F, lookupExtensionFdFd(ext), hint);
        } else {
            setMeaning(record, VifTable::ExtensionFd, ext & 0x7F, lookupExtensionFd(ext), hint);
        }
        extension = ext & VifCode::ExtensionBit;
    } else {
        setMeaning(record, code == VifCode::ManufacturerSpecific ? VifTable::Manufacturer : VifTable::Primary, code,
                   lookupPrimaryVif(code), hint);
        // 0x7F: the VIFEs after it are the vendor's own codes.
        state.manufacturer = code == VifCode::ManufacturerSpecific;
    }

    if (extension) {
        const int to = chainEnd(cursor, cursor.pos);
        if (to < 0)
            return Error::at(ErrorCode::VifTruncated, cursor.end);
        const Error error = applyVifeChain(cursor.bytes, cursor.pos, to, vifes, record, hint, state);
        if (error.isError())
            return error;
        cursor.pos = to;
    }
    record.vibSize = std::uint16_t(cursor.pos - record.vibOffset);
    applyCorrections(record, state);
    return {};
}

} // namespace mbus::decode
