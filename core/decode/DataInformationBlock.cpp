#include "DataInformationBlock.h"

namespace mbus::decode {

Error parseDataInformationBlock(Cursor &cursor, Record &record)
{
    const std::uint8_t dif = cursor.take();
    record.dif = dif;
    record.dataField = dif & Dif::DataFieldMask;
    record.function = static_cast<RecordFunction>((dif & Dif::FunctionMask) >> 4);
    record.storage = (dif & Dif::StorageLsbBit) ? 1 : 0;
    record.tariff = 0;
    record.subunit = 0;
    record.difeCount = 0;

    bool extension = dif & Dif::ExtensionBit;
    while (extension) {
        if (cursor.atEnd())
            return Error::at(ErrorCode::DifeTruncated, cursor.pos);
        if (record.difeCount == MaxDifes)
            return Error::at(ErrorCode::TooManyDifes, cursor.pos, MaxDifes);
        const std::uint8_t dife = cursor.take();
        const int n = record.difeCount++;
        // Each DIFE adds the next higher bits: 4 of storage, 2 of tariff, 1 of subunit.
        record.storage |= std::uint64_t(dife & 0x0F) << (1 + 4 * n);
        record.tariff |= std::uint32_t((dife >> 4) & 0x03) << (2 * n);
        record.subunit |= std::uint16_t(((dife >> 6) & 0x01) << n);
        extension = dife & Dif::ExtensionBit;
    }
    return {};
}

} // namespace mbus::decode
