"""Accounts created before handles have their e-mail address as username: they get a
handle, and keep the address as their e-mail, which they log in with
(accounts/backends.py)."""

from django.db import migrations

from accounts.handles import unique_handle


def give_email_usernames_a_handle(apps, schema_editor):
    User = apps.get_model("auth", "User")
    for user in User.objects.filter(username__contains="@"):
        address = user.username
        user.username = unique_handle(
            user.first_name, user.last_name, seed=address, accounts=User.objects
        )
        user.email = user.email or address
        user.save(update_fields=["username", "email"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(give_email_usernames_a_handle, migrations.RunPython.noop)
    ]
