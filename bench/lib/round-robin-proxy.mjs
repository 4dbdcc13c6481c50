// The load balancer of the cluster run: round robin over the API processes, no stickiness, in a few
// lines of node:http. A refused connection (the process is down) moves the request to the next
// upstream, so a killed process costs no acknowledged request. Any other failure (a connection
// reset mid-request) may come after the upstream committed the work, so it is answered 502 and not
// retried: re-sending a POST there could create a request twice.
import http from 'node:http';

/** Listens on 127.0.0.1:`port` and forwards to 127.0.0.1:`upstreamPorts`; resolves once listening. */
export async function startProxy(port, upstreamPorts) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const upstreams = upstreamPorts.map((p) => ({ port: p, responses: 0, refused: 0 }));
  const stats = { upstreams, badGateway: 0 };
  let next = 0;

  function forward(req, res, body, index, tries) {
    const upstream = upstreams[index];
    const outgoing = http.request(
      {
        agent,
        host: '127.0.0.1',
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress },
      },
      (response) => {
        upstream.responses += 1;
        res.writeHead(response.statusCode, response.headers);
        response.pipe(res);
      },
    );
    outgoing.on('error', (error) => {
      if (error.code === 'ECONNREFUSED' && tries < upstreams.length) {
        upstream.refused += 1;
        forward(req, res, body, (index + 1) % upstreams.length, tries + 1);
        return;
      }
      stats.badGateway += 1;
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
    });
    outgoing.end(body);
  }

  const server = http.createServer((req, res) => {
    // Bodies here are small JSON; buffering them lets a refused request be sent again as is.
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const index = next;
      next = (next + 1) % upstreams.length;
      forward(req, res, Buffer.concat(chunks), index, 1);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    stats,
    async stop() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
