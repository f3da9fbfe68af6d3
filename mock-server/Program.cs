// The offline Gladia pre-recorded jobs API: `dotnet run --project mock-server -- --help` lists the switches.
// The gladia-mock tool (src/PreRecordedFx.MockServer.Tool) runs the same entry point.
return PreRecordedFx.MockServer.MockServerHost.Run(args);
