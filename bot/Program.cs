var builder = WebApplication.CreateBuilder(args);
builder.AddMessengerChannels();
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapMessengerChannels();
app.Run();
