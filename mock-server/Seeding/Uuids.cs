using Bogus;

namespace PreRecordedFx.MockServer.Seeding;

/// <summary>Version-4 UUIDs drawn from a seeded randomizer, so ids repeat exactly for a seed.</summary>
internal static class Uuids
{
    public static string Next(Randomizer random)
    {
        var bytes = random.Bytes(16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
