#include <GLFW/glfw3.h>
int probe() { return 0; }
