using System.Net.Sockets;
using System.Text;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>
/// Sends bytes HttpClient refuses to (raw invalid UTF-8, broken request lines, oversized headers) over a plain TCP
/// socket, and reads the status and body of the answer. One request per connection.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Head, string Body)> SendAsync(Uri origin, byte[] request)
    {
        ArgumentNullException.ThrowIfNull(origin);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(origin.Host, origin.Port, timeout.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request, timeout.Token);
        await stream.FlushAsync(timeout.Token);

        // No half-close: Kestrel takes a client's FIN as an abort and would not answer. "Connection: close" ends the answer.

        using var answer = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while (answer.Length < 1 << 20 && (read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            answer.Write(buffer, 0, read);
        }

        var text = Encoding.Latin1.GetString(answer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 4)..];
        var status = int.Parse(head.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, head, body);
    }

    /// <summary>A request with the given request line target and extra header lines, in Latin-1 so any byte can be written.</summary>
    public static byte[] Request(string method, string target, params string[] headers) =>
        Encoding.Latin1.GetBytes($"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n");
}
