// This header shadows the real one for skinsim's model layers (core, skin, tissue, treatment,
// sim, analysis). Those layers run without a GPU or a window: see DESIGN.md section 1.
#error "A skinsim model layer may not include Vulkan, GLFW or ImGui (DESIGN.md section 1)"
