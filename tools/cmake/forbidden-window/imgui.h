// This header shadows the real one for skinsim's windowless layers (app): the consultation
// workflow the CLI and the studio share runs without a window. See DESIGN.md section 1.
#error "A skinsim windowless layer may not include GLFW or ImGui (DESIGN.md section 1)"
