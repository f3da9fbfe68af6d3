using System.Reflection;

namespace PreRecordedFx;

/// <summary>This library's version, for <c>x-gladia-version</c> and the activity source.</summary>
internal static class ClientVersion
{
    public static string Informational { get; } =
        (typeof(ClientVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
            .Split('+')[0]; // drop the "+commit" build metadata: the header names a release
}
