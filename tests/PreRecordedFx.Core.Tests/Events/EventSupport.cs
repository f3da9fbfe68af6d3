using System.Text;
using System.Text.Json.Nodes;
using LanguageExt;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests.Events;

/// <summary>Feeds the event parser documented bodies, whole or edited, and takes its answer apart.</summary>
internal static class EventSupport
{
    public const string JobId = "45463597-20b7-4af7-b3b3-f5fb778203ab";

    public static Either<PreRecordedError, GladiaEvent> Parse(string body) =>
        GladiaEvents.Parse(Encoding.UTF8.GetBytes(body));

    public static TCase Event<TCase>(string body)
        where TCase : GladiaEvent =>
        Assert.IsType<TCase>(Right(Parse(body)));

    public static PreRecordedError.MalformedResponse Malformed(string body) =>
        LeftOf<PreRecordedError.MalformedResponse, GladiaEvent>(Parse(body));

    /// <summary>The fixture with one member changed: "a.b" names it, <c>null</c> removes it.</summary>
    public static string Edited(string fixture, string member, JsonNode? value, bool remove = false)
    {
        var json = JsonNode.Parse(Fixture(fixture))!;
        var segments = member.Split('.');
        var parent = segments[..^1].Aggregate(json, (node, segment) => node[segment]!).AsObject();
        if (remove)
        {
            Assert.True(parent.Remove(segments[^1]), $"the fixture has {member}");
        }
        else
        {
            parent[segments[^1]] = value;
        }

        return json.ToJsonString();
    }

    public static string Without(string fixture, string member) => Edited(fixture, member, null, remove: true);
}
