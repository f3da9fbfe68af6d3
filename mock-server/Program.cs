using PreRecordedFx.MockServer;
using PreRecordedFx.MockServer.Hosting;

// The offline Gladia pre-recorded jobs API. Options: README.md in this folder.
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(CommandLineSwitches.ExpandFlags(args), CommandLineSwitches.Mappings);
if (MockServerSetup.NeedsDefaultUrl(builder.Configuration))
{
    builder.WebHost.UseUrls(MockServerOptions.DefaultUrl);
}

// Request logs would drown the banner; only warnings and the host's own start/stop lines are shown.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.AddMockServer(builder.Configuration);

var app = builder.Build();
app.UseMockServer();
Banner.PrintWhenStarted(app);
app.Run();
