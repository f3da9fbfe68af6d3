using System.Diagnostics;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>The span around each operation. Tags carry the path (ids are not secrets), never the key or the query's values.</summary>
internal static class Telemetry
{
    public static readonly ActivitySource Source = new(PreRecordedFxDiagnostics.ActivitySourceName, ClientVersion.Informational);

    public static Activity? Start(string operation, ApiRequest request)
    {
        // Checked first so that a call nobody listens to does not build the span's name.
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity("PreRecordedFx." + operation, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("gladia.operation", operation);
            activity.SetTag("http.request.method", request.Method == RequestMethod.Delete ? "DELETE" : "GET");
            activity.SetTag("url.path", request.Path);
        }

        return activity;
    }

    public static void Complete<T>(Activity? activity, Either<PreRecordedError, T> result)
    {
        if (activity is null)
        {
            return;
        }

        if (result.Case is PreRecordedError error)
        {
            activity.SetStatus(ActivityStatusCode.Error, error.Message);
            activity.SetTag("error.type", error.GetType().Name);
            activity.SetTag("gladia.error.code", error.Code);
        }
        else
        {
            activity.SetStatus(ActivityStatusCode.Ok);
        }
    }

    public static void Cancelled(Activity? activity) =>
        activity?.SetStatus(ActivityStatusCode.Error, "cancelled by the caller")?.SetTag("error.type", nameof(OperationCanceledException));
}
