// SPDX-License-Identifier: Apache-2.0
// The libmicrohttpd candidate for the front of `saring serve`, as its
// comparison needs it (bench/http_fronts/README.md): GET /healthz answers
// {"status":"ok"}, with MHD's own bounds set as the service would set them
// (epoll with a pool of 2 threads, connection limits, a per-connection
// timeout). Usage: mhd_healthz PORT TIMEOUT_SECONDS
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static enum MHD_Result Answer(void* cls, struct MHD_Connection* connection, const char* url,
                              const char* method, const char* version, const char* upload_data,
                              size_t* upload_data_size, void** state) {
  (void)cls, (void)version, (void)upload_data, (void)upload_data_size, (void)state;
  const char* body = "{\"status\":\"ok\"}";
  unsigned int status = MHD_HTTP_OK;
  if (strcmp(method, "GET") != 0 || strcmp(url, "/healthz") != 0) {
    body = "{\"error\":{\"code\":\"not_found\"}}";
    status = MHD_HTTP_NOT_FOUND;
  }
  struct MHD_Response* response =
      MHD_create_response_from_buffer(strlen(body), (void*)body, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(response, "Content-Type", "application/json");
  enum MHD_Result ret = MHD_queue_response(connection, status, response);
  MHD_destroy_response(response);
  return ret;
}

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  struct MHD_Daemon* d = MHD_start_daemon(
      MHD_USE_EPOLL_INTERNAL_THREAD, (uint16_t)atoi(argv[1]), NULL, NULL,
      &Answer, NULL, MHD_OPTION_THREAD_POOL_SIZE, 2u, MHD_OPTION_CONNECTION_LIMIT, 10000u,
      MHD_OPTION_PER_IP_CONNECTION_LIMIT, 256u, MHD_OPTION_CONNECTION_TIMEOUT,
      (unsigned)atoi(argv[2]), MHD_OPTION_LISTEN_BACKLOG_SIZE, 4096u, MHD_OPTION_END);
  if (d == NULL) return 1;
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGTERM);
  sigaddset(&s, SIGINT);
  sigprocmask(SIG_BLOCK, &s, NULL);
  int sig;
  sigwait(&s, &sig);
  MHD_stop_daemon(d);
  return 0;
}
