app_name = "recommendations"

urlpatterns = []
